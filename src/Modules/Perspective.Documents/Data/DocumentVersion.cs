namespace Perspective.Documents.Data;

/// <summary>One uploaded file of a document. A replacement adds a version; earlier ones stay for the sender.</summary>
public sealed class DocumentVersion
{
    public Guid Id { get; init; }

    public Guid DocumentId { get; init; }

    public int Number { get; init; }

    /// <summary>The generated name in the blob store; never the user's file name.</summary>
    public required string StorageName { get; init; }

    /// <summary>The file's own key, wrapped by the tenant's key of <see cref="KeyVersion"/>.</summary>
    public required string WrappedKey { get; set; }

    public int KeyVersion { get; set; }

    /// <summary>The file name as uploaded, sanitised, for the download's Content-Disposition.</summary>
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long SizeBytes { get; init; }

    public required string Sha256 { get; init; }

    public required string UploadedByUserId { get; init; }

    public DateTime UploadedUtc { get; init; }

    public ScanStatus ScanStatus { get; set; }
}

public enum ScanStatus
{
    /// <summary>No scanner is configured.</summary>
    NotScanned,
    Pending,
    Clean,

    /// <summary>Held back: recipients never see it.</summary>
    Quarantined,

    /// <summary>The scanner could not be reached; the file is held until a scan succeeds.</summary>
    Failed,
}
