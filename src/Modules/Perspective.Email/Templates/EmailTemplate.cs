namespace Perspective.Email.Templates;

/// <summary>A tenant's own wording for one kind of email, replacing the module's default.</summary>
public sealed class EmailTemplate
{
    public required string Kind { get; init; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
