using Perspective.Core.Security;

namespace Perspective.Audit;

public static class AuditPermissions
{
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "View the audit trail");

    public static readonly Permission RetryEventDeliveries = new("RetryEventDeliveries", "See event deliveries that kept failing, and retry them");

    public static readonly Permission ViewSchoolAuditTrail = new("ViewSchoolAuditTrail", "View your own school's audit events");
}
