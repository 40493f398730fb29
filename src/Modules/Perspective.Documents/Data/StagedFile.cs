namespace Perspective.Documents.Data;

/// <summary>
/// A file uploaded to a bulk-send draft: already checked, scanned and encrypted into the blob
/// store, waiting to be matched to a school and sent. Sending turns it into a document version
/// pointing at the same blob (no second copy) and removes this row.
/// </summary>
public sealed class StagedFile
{
    public Guid Id { get; init; }

    public Guid BatchId { get; init; }

    /// <summary>The file name as uploaded, sanitised; the matcher reads the school number from it.</summary>
    public required string FileName { get; init; }

    /// <summary>The name the school will see: the file name without the school-number prefix.</summary>
    public string? ShownName { get; set; }

    /// <summary>The school it goes to, matched from the name or chosen by hand; null while unmatched.</summary>
    public string? OrganisationId { get; set; }

    /// <summary>Dropped by the sender from the preview: not sent, removed with the draft.</summary>
    public bool Dropped { get; set; }

    public required string StorageName { get; init; }

    public required string WrappedKey { get; set; }

    public int KeyVersion { get; set; }

    public required string ContentType { get; init; }

    public long SizeBytes { get; init; }

    public required string Sha256 { get; init; }

    public ScanStatus ScanStatus { get; set; }

    public DateTime UploadedUtc { get; init; }
}
