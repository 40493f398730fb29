using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Audit;

public sealed class SqliteAuditTrailVerifierTests() : AuditTrailVerifierTests(postgres: false);

public sealed class PostgresAuditTrailVerifierTests() : AuditTrailVerifierTests(postgres: true);

/// <summary>The hash chain and its checkpoints find any row changed, removed or moved in SQL, and say where first.</summary>
public abstract class AuditTrailVerifierTests(bool postgres) : AuditDatabaseTest(postgres)
{
    [Fact]
    public async Task UntouchedChain_IsIntact_AndCountsEveryEvent()
    {
        await AuditTampering.RecordAsync(Factory, 5);
        await AuditTampering.CheckpointAsync(Factory);

        var result = await AuditTampering.VerifyAsync(Factory);

        Assert.True(result.IsIntact, result.Summary);
        Assert.Equal(await Factory.QueryAsync(db => db.AuditEvents.LongCountAsync()), result.Events);
        Assert.StartsWith($"Audit trail intact: {result.Events} events, last checkpoint at event {result.Events} on ", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventsOfOneSave_AreChainedInOrder()
    {
        await using (var scope = await Factory.TenantScopeAsync())
        {
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            audit.Record(TestEvents.First);
            audit.Record(TestEvents.Second);
            await audit.RecordNowAsync(TestEvents.Third);
        }

        var chained = await Factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action.StartsWith("test.")).OrderBy(e => e.Sequence).ToListAsync());

        Assert.Equal(3, chained.Count);
        Assert.Equal(chained[0].Hash, chained[1].PreviousHash);
        Assert.Equal(chained[1].Hash, chained[2].PreviousHash);
        Assert.Equal(chained[0].Sequence + 2, chained[2].Sequence);
        Assert.True((await AuditTampering.VerifyAsync(Factory)).IsIntact);
    }

    [Fact]
    public async Task EditedField_IsReportedAtThatEvent()
    {
        var sequences = await AuditTampering.RecordAsync(Factory, 5);
        var edited = sequences[2];

        await AuditTampering.ExecuteAsync(Factory, $"""UPDATE "AuditEvents" SET "Details" = 'nothing happened' WHERE "Sequence" = {edited};""");

        var result = await AuditTampering.VerifyAsync(Factory);
        Assert.False(result.IsIntact);
        Assert.Equal(edited, result.Break!.Sequence);
        Assert.Contains("was changed", result.Break.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"Audit trail broken at event {edited} (", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditedHashToMatchTheEdit_IsReportedAtTheNextEvent()
    {
        var sequences = await AuditTampering.RecordAsync(Factory, 5);

        // A careful attacker recomputes the row's hash; the next event still names the old one.
        await AuditTampering.ExecuteAsync(Factory, $"""UPDATE "AuditEvents" SET "Hash" = '{new string('a', 64)}' WHERE "Sequence" = {sequences[2]};""");

        var result = await AuditTampering.VerifyAsync(Factory);
        Assert.Equal(sequences[2], result.Break!.Sequence);
    }

    [Fact]
    public async Task DeletedRow_IsReportedAsMissing()
    {
        var sequences = await AuditTampering.RecordAsync(Factory, 5);

        await AuditTampering.ExecuteAsync(Factory, $"""DELETE FROM "AuditEvents" WHERE "Sequence" = {sequences[1]};""");

        var result = await AuditTampering.VerifyAsync(Factory);
        Assert.Equal(sequences[1], result.Break!.Sequence);
        Assert.Contains("missing", result.Break.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwappedRows_AreReportedAtTheFirstOfThem()
    {
        var sequences = await AuditTampering.RecordAsync(Factory, 5);
        var (a, b) = (sequences[1], sequences[2]);

        await AuditTampering.ExecuteAsync(Factory, $"""
            UPDATE "AuditEvents" SET "Sequence" = -1 WHERE "Sequence" = {a};
            UPDATE "AuditEvents" SET "Sequence" = {a} WHERE "Sequence" = {b};
            UPDATE "AuditEvents" SET "Sequence" = {b} WHERE "Sequence" = -1;
            """);

        var result = await AuditTampering.VerifyAsync(Factory);
        Assert.Equal(a, result.Break!.Sequence);
        Assert.Contains("does not link", result.Break.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwappedContents_AreReportedAtTheFirstOfThem()
    {
        var sequences = await AuditTampering.RecordAsync(Factory, 5);
        var (a, b) = (sequences[1], sequences[2]);

        await AuditTampering.ExecuteAsync(Factory, $"""
            UPDATE "AuditEvents" SET "Action" = 'swap' WHERE "Sequence" = {a};
            UPDATE "AuditEvents" SET "Action" = 'test.event-1' WHERE "Sequence" = {b};
            UPDATE "AuditEvents" SET "Action" = 'test.event-2' WHERE "Sequence" = {a};
            """);

        var result = await AuditTampering.VerifyAsync(Factory);
        Assert.Equal(a, result.Break!.Sequence);
    }

    [Fact]
    public async Task TailDeletedAfterACheckpoint_IsReportedAsMissing()
    {
        var sequences = await AuditTampering.RecordAsync(Factory, 5);
        var checkpoint = await AuditTampering.CheckpointAsync(Factory);
        Assert.Equal(sequences[^1], checkpoint!.Sequence);

        // What is left is still a whole chain; only the checkpoint knows it was longer.
        await AuditTampering.ExecuteAsync(Factory, $"""DELETE FROM "AuditEvents" WHERE "Sequence" >= {sequences[3]};""");

        var result = await AuditTampering.VerifyAsync(Factory);
        Assert.Equal(sequences[3], result.Break!.Sequence);
        Assert.Contains($"events {sequences[3]} to {sequences[4]} are missing", result.Break.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckpointWrittenInTheDatabase_IsRefusedForItsSignature()
    {
        var sequences = await AuditTampering.RecordAsync(Factory, 3);
        var head = await Factory.QueryAsync(db => db.AuditEvents.OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstAsync());

        await AuditTampering.ExecuteAsync(Factory, $"""
            INSERT INTO "AuditCheckpoints" ("Sequence", "Hash", "CreatedUtc", "Signature")
            VALUES ({sequences[^1]}, '{head}', '2026-12-01 10:00:00', 'bm90IGEgc2lnbmF0dXJl');
            """);

        var result = await AuditTampering.VerifyAsync(Factory);
        Assert.Equal(sequences[^1], result.Break!.Sequence);
        Assert.Contains("does not carry a valid signature", result.Break.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyConcurrentWriters_ProduceOneUnbrokenChain()
    {
        const int writers = 40;
        var before = await Factory.QueryAsync(db => db.AuditEvents.LongCountAsync());

        await Parallel.ForEachAsync(Enumerable.Range(0, writers), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            await using var scope = await Factory.TenantScopeAsync();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordNowAsync(TestEvents.Concurrent, details: i.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        });

        var result = await AuditTampering.VerifyAsync(Factory);
        Assert.True(result.IsIntact, result.Summary);
        Assert.Equal(before + writers, result.Events);
    }

    [Fact]
    public async Task Database_RefusesAnEventThatIsNotChained()
    {
        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "AuditEvents" ("OccurredUtc", "Action") VALUES ('2026-12-01 10:00:00', 'test.unchained')""")));

        Assert.Contains("must be chained", error.Message, StringComparison.Ordinal);
    }
}
