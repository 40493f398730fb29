using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Tenants;

namespace Perspective.Core.Events;

/// <summary>
/// Deliveries that failed on every attempt, for administrators to see and retry once the cause is
/// fixed. A retry starts the delivery's attempts again and delivers it at once.
/// </summary>
public sealed class ParkedDeliveries(TenantDbContext db, EventDispatcher dispatcher, ITenantContext tenant, TimeProvider time)
{
    private IQueryable<EventDelivery> Parked => db.EventDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Parked);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Parked.CountAsync(cancellationToken);

    /// <summary>A page of parked deliveries, newest event first.</summary>
    public async Task<IReadOnlyList<ParkedDelivery>> PageAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        await (
                from d in Parked
                join e in db.Events on d.EventId equals e.Id
                orderby e.Position descending, d.Id descending
                select new ParkedDelivery(d.Id, e.Id, e.Name, e.OccurredUtc, d.Subscriber, d.Attempts, d.LastError))
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);

    public Task<ParkedDelivery?> FindAsync(long deliveryId, CancellationToken cancellationToken = default) =>
        (from d in Parked
         join e in db.Events on d.EventId equals e.Id
         where d.Id == deliveryId
         select new ParkedDelivery(d.Id, e.Id, e.Name, e.OccurredUtc, d.Subscriber, d.Attempts, d.LastError))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Starts a parked delivery's attempts again and delivers it now; whether it was parked (and so retried).</summary>
    public async Task<bool> RetryAsync(ParkedDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var now = time.GetUtcNow().UtcDateTime;
        var reopened = await db.EventDeliveries
            .Where(d => d.Id == delivery.DeliveryId && d.Status == DeliveryStatus.Parked)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeliveryStatus.Pending)
                    .SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.NextAttemptUtc, now)
                    .SetProperty(d => d.ClaimVersion, d => d.ClaimVersion + 1),
                cancellationToken);
        if (reopened == 0)
        {
            return false;
        }

        await dispatcher.DispatchAsync(tenant.Current, [delivery.EventId], cancellationToken);
        return true;
    }

    /// <summary>Whether a delivery has now succeeded.</summary>
    public Task<bool> SucceededAsync(long deliveryId, CancellationToken cancellationToken = default) =>
        db.EventDeliveries.AnyAsync(d => d.Id == deliveryId && d.Status == DeliveryStatus.Succeeded, cancellationToken);
}

/// <summary>A parked delivery as an administrator sees it.</summary>
public sealed record ParkedDelivery(long DeliveryId, Guid EventId, string EventName, DateTime OccurredUtc, string Subscriber, int Attempts, string? LastError);
