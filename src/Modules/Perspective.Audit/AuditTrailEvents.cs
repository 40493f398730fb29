using Perspective.Core.Events;

namespace Perspective.Audit;

/// <summary>The events the audit module publishes, each audited.</summary>
public static class AuditTrailEvents
{
    public static readonly AuditKind Exported = new("audit.exported", "Someone downloaded the audit trail");

    public static readonly AuditKind Verified = new("audit.verified", "Someone checked the audit trail had not been changed");

    public static readonly AuditKind DeliveryRetried = new("audit.delivery-retried", "An administrator retried a parked event delivery");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(AuditTrailEvents));
}
