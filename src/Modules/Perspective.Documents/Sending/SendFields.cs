namespace Perspective.Documents.Sending;

/// <summary>The field names problems are reported against, matching a send form's inputs.</summary>
public static class SendFields
{
    public const string Category = "CategoryId";
    public const string Audience = "SendTo";
    public const string Recipient = "RecipientOrganisationId";
    public const string Group = "GroupId";
    public const string Role = "RecipientRoleName";
    public const string Person = "RecipientEmail";
    public const string Message = "Message";

    /// <summary>The expiry date's first box (day), where the error summary's link lands.</summary>
    public const string Expiry = "Expiry-day";
    public const string File = "Upload";
}
