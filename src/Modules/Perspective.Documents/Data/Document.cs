namespace Perspective.Documents.Data;

/// <summary>
/// One document sent by a person in one organisation to one or more recipients. Its file lives in
/// the encrypted blob store, one row per version; the newest version is what recipients see.
/// </summary>
public sealed class Document
{
    public Guid Id { get; init; }

    public int CategoryId { get; init; }

    /// <summary>The name recipients see: the file name without any school-number prefix, sanitised.</summary>
    public required string Title { get; set; }

    public string? Message { get; set; }

    public required string SenderUserId { get; init; }

    /// <summary>The sender's organisation: the LA team, or the school for a document sent to the LA.</summary>
    public required string SenderOrganisationId { get; init; }

    public DateTime SentUtc { get; init; }

    /// <summary>When set, recipients lose access after this time.</summary>
    public DateTime? ExpiresUtc { get; set; }

    /// <summary>When the retention job deletes it, from the category's period at sending; null keeps it.</summary>
    public DateTime? RetainUntilUtc { get; set; }

    /// <summary>A document under legal hold is never deleted by the retention job.</summary>
    public bool LegalHold { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public string? RevokedByUserId { get; set; }

    /// <summary>Documents sent together in one bulk send (one letter per school) share this id.</summary>
    public Guid? BatchId { get; init; }

    /// <summary>Set when the document answers a request for a file.</summary>
    public int? FileRequestId { get; init; }
}
