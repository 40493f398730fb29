using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Perspective.Core.Audit;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Data;

public sealed class SqliteAuditTrailStorageTests : AuditTrailStorageTests, IDisposable
{
    public SqliteAuditTrailStorageTests()
        : base(new PerspectiveFactory())
    {
    }

    public void Dispose() => Factory.Dispose();
}

public sealed class PostgresAuditTrailStorageTests(PostgresDatabase database) : AuditTrailStorageTests(CreateFactory(database)), IClassFixture<PostgresDatabase>, IDisposable
{
    public void Dispose() => Factory.Dispose();

    private static PerspectiveFactory CreateFactory(PostgresDatabase database) => new PerspectiveFactory()
        .With("Database:Provider", "Postgres")
        .With("Database:ConnectionString", database.ConnectionString);
}

/// <summary>The audit trail is append-only in the database itself, whichever provider holds it.</summary>
public abstract class AuditTrailStorageTests(PerspectiveFactory factory)
{
    protected PerspectiveFactory Factory { get; } = factory;

    [Fact]
    public async Task RecordedEvent_IsStoredWithItsTimeInUtc()
    {
        await RecordAsync(TestEvents.Recorded);

        var stored = await Factory.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "test.recorded"));
        Assert.Equal(DateTimeKind.Utc, DateTime.SpecifyKind(stored.OccurredUtc, DateTimeKind.Utc).Kind);
        Assert.True(DateTime.UtcNow - stored.OccurredUtc < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Database_RefusesToDeleteAuditEvents()
    {
        await RecordAsync(TestEvents.Delete);

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            Factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "test.delete").ExecuteDeleteAsync()));

        Assert.IsAssignableFrom<System.Data.Common.DbException>(error);
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == "test.delete")));
    }

    [Fact]
    public async Task Database_RefusesToChangeAuditEvents()
    {
        await RecordAsync(TestEvents.Update);

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            Factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "test.update").ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "rewritten"))));

        Assert.IsAssignableFrom<System.Data.Common.DbException>(error);
        Assert.Null(await Factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "test.update").Select(e => e.Details).SingleAsync()));
    }

    [Fact]
    public async Task Context_RefusesToSaveAChangedAuditEvent()
    {
        await RecordAsync(TestEvents.Tracked);

        await using var scope = await Factory.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<Perspective.Core.Data.TenantDbContext>();
        var stored = await db.AuditEvents.SingleAsync(e => e.Action == "test.tracked");
        db.AuditEvents.Remove(stored);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    private async Task RecordAsync(Perspective.Core.Events.AuditKind action)
    {
        await using var scope = await Factory.TenantScopeAsync();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordNowAsync(action);
    }
}
