using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Tests.Core.Audit;
using Perspective.Tests.Core.Jobs;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Audit;

namespace Perspective.Tests.Web.Audit;

public sealed class SqliteAuditCheckpointJobTests() : AuditCheckpointJobTests(postgres: false);

public sealed class PostgresAuditCheckpointJobTests() : AuditCheckpointJobTests(postgres: true);

/// <summary>The scheduled job that writes signed checkpoints of the audit trail's head.</summary>
public abstract class AuditCheckpointJobTests(bool postgres) : IAsyncLifetime
{
    private readonly TestDatabase _database = new(postgres);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task TheJob_OncePastTheInterval_WritesASignedCheckpointOfTheHead()
    {
        using var factory = _database.Use(new ClockFactory());
        await AuditTampering.RecordAsync(factory, 2);
        var head = await factory.QueryAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));
        var rounds = () => RecurringRounds.Completed(factory.Services, AuditCheckpointJob.Name);

        // The scheduler waits on the fake clock; move the clock until a round has run.
        var deadline = TimeSpan.FromSeconds(30);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (rounds() == 0 && waited.Elapsed < deadline)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(61));
            SpinWait.SpinUntil(() => rounds() > 0, TimeSpan.FromMilliseconds(50));
        }

        var checkpoint = await factory.QueryAsync(db => db.AuditCheckpoints.SingleAsync());
        Assert.Equal(head, checkpoint.Sequence);
        Assert.True((await AuditTampering.VerifyAsync(factory)).IsIntact);
    }

    [Fact]
    public async Task ARound_WhenNothingWasRecordedSinceTheLastCheckpoint_WritesNone()
    {
        using var factory = _database.Use(new PerspectiveFactory().With("Perspective:Audit:CheckpointEnabled", "false"));
        await AuditTampering.RecordAsync(factory, 1);
        await using var scope = await factory.TenantScopeAsync();
        var job = scope.ServiceProvider.GetRequiredService<AuditCheckpointJob>();

        var first = await job.RunOnceAsync(Perspective.Core.Tenants.Tenant.DefaultName, CancellationToken.None) ? 1 : 0;
        var second = await job.RunOnceAsync(Perspective.Core.Tenants.Tenant.DefaultName, CancellationToken.None) ? 1 : 0;

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<AuditCheckpoint>().CountAsync()));
    }
}
