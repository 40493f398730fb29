namespace Perspective.Documents.Retention;

/// <summary>The audit actions of retention and legal hold.</summary>
public static class RetentionAudit
{
    public const string ObjectType = "document";
    public const string Deleted = "documents.retention-deleted";
    public const string Round = "documents.retention-round";
    public const string LegalHoldSet = "documents.legal-hold-set";
    public const string LegalHoldReleased = "documents.legal-hold-released";
}
