using Perspective.Core.Events;

namespace Perspective.Core.Audit;

/// <summary>The audited events the kernel and host publish themselves, outside any module.</summary>
public static class KernelEvents
{
    public const string Source = "the kernel";

    public static readonly AuditKind Forbidden = new("security.forbidden", "A signed-in user was refused a page their role does not allow");

    public static readonly AuditKind RateLimited = new("security.rate-limited", "Requests from one address were slowed down for coming too fast");

    public static readonly AuditKind RefusalsSuppressed = new("audit.refusals-suppressed", "Refusals from one address stopped being recorded for a minute, after too many");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(KernelEvents));
}
