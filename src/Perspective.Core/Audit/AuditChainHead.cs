using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Core.Audit;

/// <summary>
/// Links new audit events to the end of the tenant's chain. Runs inside the transaction that
/// inserts them, after taking the chain's lock, so two writers can never both extend the same
/// head: PostgreSQL takes a transaction-scoped advisory lock; SQLite already lets one writer at
/// a time hold a write transaction (EF Core begins them <c>IMMEDIATE</c>). Costs one indexed read.
/// Events not being added (the upgrade's older rows, read without tracking) keep their time as stored.
/// </summary>
internal static class AuditChainHead
{
    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    // Advisory locks are per database, and each tenant has its own: one fixed key per chain.
    private const string PostgresLock = "SELECT pg_advisory_xact_lock(5784119813959140436)"; // the bytes of "PERSAUDT"

    public static async Task LinkAsync(TenantDbContext db, IReadOnlyList<AuditEvent> added, CancellationToken cancellationToken)
    {
        await LockAsync(db, cancellationToken);
        Link(db, added, await Head(db).FirstOrDefaultAsync(cancellationToken));
    }

    public static void Link(TenantDbContext db, IReadOnlyList<AuditEvent> added)
    {
        if (db.Database.ProviderName == PostgresProvider)
        {
            db.Database.ExecuteSqlRaw(PostgresLock);
        }

        Link(db, added, Head(db).FirstOrDefault());
    }

    /// <summary>Holds the chain until the current transaction ends (taking it again is harmless).</summary>
    public static async Task LockAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName == PostgresProvider)
        {
            await db.Database.ExecuteSqlRawAsync(PostgresLock, cancellationToken);
        }
    }

    /// <summary>The last event's place and hash: one read through the unique index on the sequence.</summary>
    private static IQueryable<ChainLink> Head(TenantDbContext db) => db.AuditEvents.AsNoTracking()
        .Where(e => e.Sequence != null)
        .OrderByDescending(e => e.Sequence)
        .Select(e => new ChainLink(e.Sequence!.Value, e.Hash));

    private static void Link(TenantDbContext db, IReadOnlyList<AuditEvent> added, ChainLink? head)
    {
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash;
        foreach (var e in added)
        {
            var entry = db.Entry(e);
            if (entry.State == EntityState.Added)
            {
                // Stored as the database will read it back (PostgreSQL keeps microseconds).
                entry.Property(x => x.OccurredUtc).CurrentValue = AuditChain.Stored(e.OccurredUtc);
            }

            sequence++;
            e.Sequence = sequence;
            e.PreviousHash = previous;
            e.Hash = AuditChain.HashOf(e, sequence, previous);
            previous = e.Hash;
        }
    }

    private sealed record ChainLink(long Sequence, string? Hash);
}
