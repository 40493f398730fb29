namespace Perspective.Documents.Sending;

/// <summary>The field names problems are reported against, matching a send form's inputs.</summary>
public static class SendFields
{
    public const string Category = "CategoryId";
    public const string Recipient = "RecipientOrganisationId";
    public const string Role = "RecipientRoleName";
    public const string File = "File";
}
