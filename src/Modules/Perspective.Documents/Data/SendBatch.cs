namespace Perspective.Documents.Data;

/// <summary>
/// One act of sending: a single document, one document to many schools, or one letter per school
/// from a bulk upload. The sender's list and read receipts are per batch; each sent
/// <see cref="Document"/> names it in <see cref="Document.BatchId"/>. A bulk send is a draft
/// (<see cref="SentUtc"/> null) while its files are uploaded and matched.
/// </summary>
public sealed class SendBatch
{
    public Guid Id { get; init; }

    public int CategoryId { get; set; }

    /// <summary>What the sender sees in their sent list, e.g. the file name or "Risk category letters (3 schools)".</summary>
    public required string Title { get; set; }

    /// <summary>An optional note shown to recipients with each document.</summary>
    public string? Message { get; set; }

    public required string SenderUserId { get; init; }

    public required string SenderOrganisationId { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>Null while a bulk send is still a draft; abandoned drafts are removed after a day.</summary>
    public DateTime? SentUtc { get; set; }
}
