using System.Security.Claims;

namespace Perspective.Documents.Sending;

/// <summary>
/// One document to send: who sends it, to which organisation (and optionally only to holders of
/// one role there), in which category, and the file as the browser gave it.
/// </summary>
/// <param name="ContentType">What the browser claimed. Not trusted: the stored type comes from the checked content.</param>
public sealed record SendRequest(
    ClaimsPrincipal Sender,
    string? RecipientOrganisationId,
    string? RecipientRoleName,
    int? CategoryId,
    Stream Content,
    string? FileName,
    string? ContentType);
