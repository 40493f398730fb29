namespace Perspective.Documents.Bulk;

/// <summary>How the abandoned-draft cleanup runs, from <c>Perspective:Documents</c>.</summary>
public sealed class BulkOptions
{
    /// <summary>Whether this process runs the hourly cleanup; several nodes may all run it.</summary>
    public bool DraftCleanupEnabled { get; set; } = true;

    /// <summary>The wait between cleanup rounds.</summary>
    public TimeSpan DraftCleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
