namespace Perspective.Documents.Bulk;

/// <summary>How the abandoned-draft cleanup runs, from <c>Perspective:Documents</c>.</summary>
public sealed class BulkOptions
{
    /// <summary>Whether the hourly cleanup is scheduled; each round runs on one node of the deployment.</summary>
    public bool DraftCleanupEnabled { get; set; } = true;

    /// <summary>The wait between cleanup rounds.</summary>
    public TimeSpan DraftCleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
