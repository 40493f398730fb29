using Perspective.Core.Data;
using Perspective.Core.Events;

namespace Perspective.Core.Audit;

internal sealed class AuditLog(TenantDbContext db, IEventPublisher events) : IAuditLog
{
    public void Record(AuditKind kind, string? objectType = null, string? objectId = null, string? details = null) =>
        events.Publish(kind, new AuditedAction(objectType, objectId, details));

    public async Task RecordNowAsync(AuditKind kind, string? objectType = null, string? objectId = null, string? details = null, CancellationToken cancellationToken = default)
    {
        Record(kind, objectType, objectId, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
