namespace Perspective.Documents.Data;

/// <summary>The LA asks schools for a document by a deadline; each school answers with a file.</summary>
public sealed class FileRequest
{
    public int Id { get; init; }

    public int CategoryId { get; init; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public DateTime DeadlineUtc { get; set; }

    /// <summary>File extensions allowed for answers, comma-separated without dots.</summary>
    public string AllowedExtensions { get; set; } = "pdf";

    public required string CreatedByUserId { get; init; }

    public required string CreatedByOrganisationId { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime? ClosedUtc { get; set; }
}

/// <summary>One school asked; Submitted once it has uploaded its file.</summary>
public sealed class FileRequestRecipient
{
    public int FileRequestId { get; init; }

    public required string OrganisationId { get; init; }

    public DateTime? SubmittedUtc { get; set; }

    public Guid? DocumentId { get; set; }

    public string? Comment { get; set; }
}
