using Perspective.Core.Events;

namespace Perspective.Core.Audit;

/// <summary>
/// Records audited actions by publishing their declared <see cref="AuditKind"/> event; the audit
/// trail's subscriber writes the row. The current user, organisation, IP address and time are taken
/// at publish time; callers say what happened and to what.
/// </summary>
public interface IAuditLog
{
    /// <summary>Publishes the event into the current unit of work, so it commits with the change it describes.</summary>
    void Record(AuditKind kind, string? objectType = null, string? objectId = null, string? details = null);

    /// <summary>Publishes the event and saves at once, for events with no other change to commit (a failed sign-in).</summary>
    Task RecordNowAsync(AuditKind kind, string? objectType = null, string? objectId = null, string? details = null, CancellationToken cancellationToken = default);
}
