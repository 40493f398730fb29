using System.Security.Claims;

namespace Perspective.Documents.Sending;

/// <summary>
/// One document to send: who sends it, to whom (one organisation, every open school or a group of
/// schools; optionally only holders of one role there, or one named person), in which category,
/// and the file as the browser gave it.
/// </summary>
/// <param name="RecipientOrganisationId">The school or team when <see cref="Audience"/> is one organisation.</param>
/// <param name="ContentType">What the browser claimed. Not trusted: the stored type comes from the checked content.</param>
public sealed record SendRequest(
    ClaimsPrincipal Sender,
    string? RecipientOrganisationId,
    string? RecipientRoleName,
    int? CategoryId,
    Stream Content,
    string? FileName,
    string? ContentType)
{
    public SendAudience Audience { get; init; } = SendAudience.OneOrganisation;

    /// <summary>The group of schools when <see cref="Audience"/> is <see cref="SendAudience.Group"/>.</summary>
    public int? GroupId { get; init; }

    /// <summary>The email address of the one person the document is for, at the one recipient organisation.</summary>
    public string? RecipientEmail { get; init; }

    /// <summary>An optional note shown to recipients with the document.</summary>
    public string? Message { get; init; }

    /// <summary>When set, recipients lose access at this moment; it must be in the future.</summary>
    public DateTime? ExpiresUtc { get; init; }
}
