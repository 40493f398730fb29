using Perspective.Core.Audit;

namespace Perspective.Audit.Trail;

/// <summary>The audit trail screen's filters, shared with its CSV export so both always show the same events.</summary>
public static class AuditTrailFilter
{
    public static IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events, string? action)
    {
        if (string.IsNullOrWhiteSpace(action))
        {
            return events;
        }

        var term = action.Trim();
        return events.Where(e => e.Action.Contains(term));
    }
}
