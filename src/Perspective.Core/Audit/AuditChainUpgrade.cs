using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Core.Audit;

/// <summary>
/// Chains the events written before the chain existed, once, right after the migration that added
/// it (at start-up and before every command-line verb), in the order they were written. The
/// database's update trigger lets a row go from unchained to chained and nothing else, and only
/// rows written before the upgrade can be unchained (the insert trigger refuses new ones).
/// </summary>
public static class AuditChainUpgrade
{
    /// <summary>How many events it chained; 0 when there were none to chain.</summary>
    public static async Task<int> ChainOlderEventsAsync(TenantDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.AuditEvents.AnyAsync(e => e.Sequence == null, cancellationToken))
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Under the lock before reading: a second node starting at the same time then finds nothing left to chain.
        await AuditChainHead.LockAsync(db, cancellationToken);
        var unchained = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence == null).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        await AuditChainHead.LinkAsync(db, unchained, cancellationToken);
        foreach (var e in unchained)
        {
            await db.AuditEvents.Where(row => row.Id == e.Id).ExecuteUpdateAsync(
                set => set.SetProperty(row => row.Sequence, e.Sequence).SetProperty(row => row.PreviousHash, e.PreviousHash).SetProperty(row => row.Hash, e.Hash),
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return unchained.Count;
    }
}
