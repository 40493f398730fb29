using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Data;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Core.Audit;

public sealed class SqliteAuditChainUpgradeTests() : AuditChainUpgradeTests(postgres: false);

public sealed class PostgresAuditChainUpgradeTests() : AuditChainUpgradeTests(postgres: true);

/// <summary>A tenant database made before the chain existed: its events are chained at upgrade, and stay append-only.</summary>
public abstract class AuditChainUpgradeTests(bool postgres) : AuditDatabaseTest(postgres)
{
    private const string TenantName = "upgraded";

    [Fact]
    public async Task Upgrade_ChainsTheEventsAlreadyThere_InTheOrderTheyWereWritten()
    {
        var databases = Factory.Services.GetRequiredService<TenantDatabases>();
        await using var db = await DatabaseBeforeTheChainAsync(databases);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AuditEvents" ("OccurredUtc", "Action", "UserName", "Details") VALUES ('2026-11-01 09:00:00.1234567', 'users.sign-in', 'ann', NULL);
            INSERT INTO "AuditEvents" ("OccurredUtc", "Action", "UserName", "Details") VALUES ('2026-11-01 09:05:00', 'users.invited', 'ann', 'bob@school.example');
            INSERT INTO "AuditEvents" ("OccurredUtc", "Action", "UserName", "Details") VALUES ('2026-11-01 09:10:00', 'users.sign-out', 'ann', NULL);
            """);

        try
        {
            await databases.CreateAndMigrateAsync(TenantName);

            var events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
            Assert.Equal([1L, 2L, 3L], events.Select(e => e.Sequence!.Value));
            Assert.Null(events[0].PreviousHash);
            Assert.Equal(events[0].Hash, events[1].PreviousHash);
            Assert.Equal(events[1].Hash, events[2].PreviousHash);
            Assert.All(events, e => Assert.Equal(AuditChain.HashOf(e, e.Sequence!.Value, e.PreviousHash), e.Hash));

            // The triggers are still in force for the chained rows.
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEvents" SET "Details" = 'rewritten' WHERE "Sequence" = 2"""));
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEvents" SET "Hash" = NULL, "Sequence" = NULL WHERE "Sequence" = 2"""));
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" WHERE "Sequence" = 3"""));
            Assert.Equal(3, await db.AuditEvents.CountAsync());
        }
        finally
        {
            await databases.DeleteAsync(TenantName);
        }
    }

    [Fact]
    public async Task UpgradeStep_CannotChangeAnEventsFields_WhileChainingIt()
    {
        var databases = Factory.Services.GetRequiredService<TenantDatabases>();
        await using var db = await DatabaseBeforeTheChainAsync(databases);
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "AuditEvents" ("OccurredUtc", "Action") VALUES ('2026-11-01 09:00:00', 'users.sign-in')""");
        try
        {
            await using (var legacy = Factory.Services.GetRequiredService<TenantSchema>().OpenLegacy(databases.ConnectionStringFor(TenantName)))
            {
                await legacy.GetService<IMigrator>().MigrateAsync();
            }

            var chainAndRewrite = $"""UPDATE "AuditEvents" SET "Sequence" = 1, "Hash" = '{new string('a', 64)}', "Action" = 'nothing' """;
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(chainAndRewrite));
            Assert.Equal("users.sign-in", await db.AuditEvents.Select(e => e.Action).SingleAsync());
        }
        finally
        {
            await databases.DeleteAsync(TenantName);
        }
    }

    /// <summary>
    /// A tenant database of the single-context layout (ADR-016) migrated only as far as the last
    /// migration before the chain, and a kernel context on it.
    /// </summary>
    private async Task<Perspective.Core.Data.TenantDbContext> DatabaseBeforeTheChainAsync(TenantDatabases databases)
    {
        await databases.DeleteAsync(TenantName);
        var connectionString = databases.ConnectionStringFor(TenantName);
        await Factory.Services.GetRequiredService<DatabaseSettings>().Provider.CreateDatabaseAsync(connectionString, CancellationToken.None);
        await using (var legacy = Factory.Services.GetRequiredService<TenantSchema>().OpenLegacy(connectionString))
        {
            var migrations = legacy.Database.GetMigrations().ToList();
            var lastBefore = migrations[migrations.FindIndex(m => m.EndsWith("_AuditHashChain", StringComparison.Ordinal)) - 1];
            await legacy.GetService<IMigrator>().MigrateAsync(lastBefore);
        }

        return databases.Open(connectionString);
    }
}
