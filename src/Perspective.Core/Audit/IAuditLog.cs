namespace Perspective.Core.Audit;

/// <summary>
/// Records audit events. The current user, organisation, IP address and time are filled in;
/// callers say what happened and to what.
/// </summary>
public interface IAuditLog
{
    /// <summary>Adds an event to the current unit of work, so it commits with the change it describes.</summary>
    void Record(string action, string? objectType = null, string? objectId = null, string? details = null);

    /// <summary>Records an event and saves it at once, for events with no other change to commit (a failed sign-in).</summary>
    Task RecordNowAsync(string action, string? objectType = null, string? objectId = null, string? details = null, CancellationToken cancellationToken = default);
}
