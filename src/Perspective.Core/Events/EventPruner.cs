using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perspective.Core.Data;

namespace Perspective.Core.Events;

/// <summary>
/// Deletes events older than <see cref="EventsOptions.KeepFor"/> that every subscriber has taken,
/// with their deliveries, so the outbox does not grow for ever. An event with a delivery still
/// pending, under way or parked is kept however old it is: an administrator may still retry it.
/// What an audited event said is kept in the audit trail, not here.
/// </summary>
public sealed class EventPruner(TenantDbContext db, IOptions<EventsOptions> options, TimeProvider time)
{
    /// <summary>Deletes the tenant's old, fully delivered events and returns how many it deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.KeepFor;
        var prunable = db.Events
            .Where(e => e.OccurredUtc < cutoff)
            .Where(e => !db.EventDeliveries.Any(d => d.EventId == e.Id && d.Status != DeliveryStatus.Succeeded))
            .Select(e => e.Id);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.EventDeliveries.Where(d => prunable.Contains(d.EventId)).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Events.Where(e => prunable.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
