namespace Perspective.Documents.Bulk;

/// <summary>How much one bulk send takes: enough for every school in a large LA, bounded so a draft cannot grow without end.</summary>
public static class BulkLimits
{
    /// <summary>Files read from one form post (the page without JavaScript posts them all at once).</summary>
    public const int MaxFilesPerUpload = 500;

    /// <summary>Files one draft may hold, over every visit to the upload page.</summary>
    public const int MaxFilesPerDraft = 1000;

    public const int MaxMessageLength = 2000;

    /// <summary>A draft not sent within this time is deleted with its files.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);
}
