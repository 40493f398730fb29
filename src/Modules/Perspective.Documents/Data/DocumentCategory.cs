namespace Perspective.Documents.Data;

/// <summary>
/// A kind of document the LA exchanges with schools (risk category letters, visit records, Looked
/// After Children paperwork): who may send and receive it, how it is protected and how long it is kept.
/// </summary>
public sealed class DocumentCategory
{
    public int Id { get; init; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Roles that may send documents of this category, comma-separated.</summary>
    public string SenderRoles { get; set; } = "";

    /// <summary>Roles that receive them in a recipient organisation, comma-separated.</summary>
    public string RecipientRoles { get; set; } = "";

    /// <summary>Opening a document of this category needs a sign-in that passed two-factor.</summary>
    public bool RequiresTwoFactor { get; set; }

    /// <summary>Days a document is kept after it is sent; null keeps it until someone deletes it.</summary>
    public int? RetentionDays { get; set; }

    /// <summary>File extensions allowed, comma-separated without dots, e.g. <c>pdf,docx</c>.</summary>
    public string AllowedExtensions { get; set; } = "pdf";

    public long MaxSizeBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Archived categories keep their documents but take no new ones.</summary>
    public bool IsArchived { get; set; }

    public DateTime CreatedUtc { get; init; }

    public DateTime UpdatedUtc { get; set; }
}
