using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Audit;
using Perspective.Core.Events;

namespace Perspective.Audit.Trail;

/// <summary>The audit trail screen's filters, shared with its CSV export so both always show the same events.</summary>
public static class AuditTrailFilter
{
    public const string UnknownKind = "Choose a kind of event from the list";

    /// <summary>Keeps the events of one declared kind (when given) whose action contains the text (when given).</summary>
    public static IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events, string? action, string? kind)
    {
        if (!string.IsNullOrWhiteSpace(kind))
        {
            events = events.Where(e => e.Action == kind);
        }

        if (string.IsNullOrWhiteSpace(action))
        {
            return events;
        }

        var term = action.Trim();
        return events.Where(e => e.Action.Contains(term));
    }

    /// <summary>Whether a kind from the query string is empty or one the audit trail records.</summary>
    public static bool IsKnownKind(DeclaredEvents declared, string? kind) =>
        string.IsNullOrWhiteSpace(kind) || declared.Find(kind) is { Descriptor.Audited: true };

    /// <summary>Every audited kind of event, described, for the filter's select.</summary>
    public static IReadOnlyList<SelectListItem> KindChoices(DeclaredEvents declared) =>
        [new("Any kind of event", ""), .. declared.All
            .Where(e => e.Descriptor.Audited)
            .OrderBy(e => e.Descriptor.Description, StringComparer.Ordinal)
            .Select(e => new SelectListItem($"{e.Descriptor.Description} ({e.Descriptor.Name})", e.Descriptor.Name))];
}
