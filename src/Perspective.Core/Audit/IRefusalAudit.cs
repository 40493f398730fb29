using Perspective.Core.Events;

namespace Perspective.Core.Audit;

/// <summary>
/// Records a refused request (404 for something not the user's, 403, 429, a refused upload) in the
/// audit trail at once, through <see cref="IAuditLog"/>, unless the same address has had many of
/// the same kind refused in the last minute (<see cref="RefusalThrottle"/>).
/// </summary>
public interface IRefusalAudit
{
    Task RecordAsync(AuditKind kind, string? objectType = null, string? objectId = null, string? details = null);
}
