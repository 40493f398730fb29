namespace Perspective.Audit.Trail;

/// <summary>The audit actions of the audit trail's own pages.</summary>
public static class AuditTrailAudit
{
    public const string Exported = "audit.exported";
    public const string Verified = "audit.verified";
}
