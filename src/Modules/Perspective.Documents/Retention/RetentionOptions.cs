namespace Perspective.Documents.Retention;

/// <summary>How the retention job runs, from <c>Perspective:Documents</c>.</summary>
public sealed class RetentionOptions
{
    /// <summary>Whether the hourly job is scheduled; each round runs on one node of the deployment.</summary>
    public bool RetentionEnabled { get; set; } = true;

    /// <summary>The wait between rounds.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
