namespace Perspective.Documents.Retention;

/// <summary>The object type retention and legal hold record in the audit trail (their events are in <see cref="DocumentsEvents"/>).</summary>
public static class RetentionAudit
{
    public const string ObjectType = "document";
}
