using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Jobs;

/// <summary>Enqueueing and scheduling tenant jobs on one host, on SQLite and on PostgreSQL.</summary>
public abstract class JobSchedulerTests
{
    protected abstract JobsFactory Host();

    [Fact]
    public async Task AnEnqueuedJob_RunsOnce_InItsTenantsScope_WithItsData()
    {
        using var host = Host();
        var id = await host.Scheduler.EnqueueAsync<RecordingJob>(Tenant.DefaultName, new Dictionary<string, string> { ["label"] = "hello" });

        var runs = await host.WaitForRunsAsync(r => r.Count > 0);

        var run = Assert.Single(runs);
        Assert.Equal((id, Tenant.DefaultName, 1, "hello"), (run.JobId, run.Tenant, run.Attempt, run.Label));
    }

    [Fact]
    public async Task AJobScheduledForLater_RunsOnlyOnceItsTimeHasCome()
    {
        using var host = Host();
        var later = await host.Scheduler.ScheduleAsync<RecordingJob>(Tenant.DefaultName, host.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(1));
        var now = await host.Scheduler.EnqueueAsync<RecordingJob>(Tenant.DefaultName);

        var runs = await host.WaitForRunsAsync(r => r.Count > 0);

        Assert.Equal([now], runs.Select(r => r.JobId));
        Assert.NotEqual(now, later);
    }

    [Fact]
    public async Task AJobForATenantThatDoesNotExist_IsSkipped_NotRetriedOrFailed()
    {
        using var host = Host();
        await host.Scheduler.EnqueueAsync<RecordingJob>("nowhere");
        var after = await host.Scheduler.EnqueueAsync<RecordingJob>(Tenant.DefaultName);

        var runs = await host.WaitForRunsAsync(r => r.Count > 0);

        Assert.Equal([after], runs.Select(r => r.JobId));
        Assert.Empty(await host.Services.GetFailedJobs().ListAsync(null));
    }
}

public sealed class JobSchedulerOnSqliteTests : JobSchedulerTests
{
    protected override JobsFactory Host() => new();
}

/// <summary>A fresh database for each test, so that no test sees another's runs.</summary>
public sealed class JobSchedulerOnPostgresTests : JobSchedulerTests, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    protected override JobsFactory Host() => new(_database.ConnectionString);
}
