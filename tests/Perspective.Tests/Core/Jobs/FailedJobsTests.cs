using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Jobs;

/// <summary>A job that keeps failing: retried with backoff, then kept as failed until it is retried by hand.</summary>
public abstract class FailedJobsTests
{
    protected abstract JobsFactory Host();

    [Fact]
    public async Task AFailingJob_IsRetriedWithGrowingWaits_ThenListedAsFailed()
    {
        using var host = Host();
        var id = await host.Scheduler.EnqueueAsync<FailingJob>(Tenant.DefaultName);

        var runs = await host.WaitForRunsAsync(r => r.Count >= 3);
        var failed = await WaitForFailedAsync(host);

        Assert.Equal([1, 2, 3], runs.Select(r => r.Attempt).Order());
        Assert.All(runs, r => Assert.Equal(id, r.JobId));
        // A retry never runs before its wait is over: 0.2 s after the first failure, then twice that.
        var ran = runs.OrderBy(r => r.Attempt).Select(r => r.Due).ToList();
        Assert.True(ran[1] - ran[0] >= 200 && ran[2] - ran[1] >= 400, $"Attempts ran at {string.Join(", ", ran)} (ms).");
        var job = Assert.Single(failed);
        Assert.Equal((id, Tenant.DefaultName, FailingJob.Name, 3, nameof(InvalidOperationException)), (job.Id, job.TenantName, job.JobName, job.Attempts, job.Error));
    }

    [Fact]
    public async Task RetryingAFailedJob_RunsItAgainFromItsFirstAttempt_AndItIsNoLongerListed()
    {
        using var host = Host();
        var id = await host.Scheduler.EnqueueAsync<FailingJob>(Tenant.DefaultName);
        await WaitForFailedAsync(host);
        host.Healed.On = true;

        var retried = await host.Services.GetFailedJobs().RetryAsync(Tenant.DefaultName, id);
        var runs = await host.WaitForRunsAsync(r => r.Count >= 4);

        Assert.True(retried);
        Assert.Equal([1, 1, 2, 3], runs.Select(r => r.Attempt).Order());
        Assert.Empty(await host.Services.GetFailedJobs().ListAsync(null));
    }

    [Fact]
    public async Task RetryingAJobThatIsNotFailed_OrOfAnotherTenant_FindsNothing()
    {
        using var host = Host();
        var id = await host.Scheduler.EnqueueAsync<FailingJob>(Tenant.DefaultName);
        await WaitForFailedAsync(host);

        Assert.False(await host.Services.GetFailedJobs().RetryAsync("northshire", id));
        Assert.False(await host.Services.GetFailedJobs().RetryAsync(Tenant.DefaultName, "no-such-job"));
        Assert.Single(await host.Services.GetFailedJobs().ListAsync(Tenant.DefaultName));
        Assert.Empty(await host.Services.GetFailedJobs().ListAsync("northshire"));
    }

    internal static Task<IReadOnlyList<Perspective.Core.Jobs.FailedJob>> WaitForFailedAsync(JobsFactory host) =>
        Poll.UntilAsync(() => host.Services.GetFailedJobs().ListAsync(null), failed => failed.Count > 0, TimeSpan.FromSeconds(30), _ => "No job was listed as failed within 30 s.");
}

public sealed class FailedJobsOnSqliteTests : FailedJobsTests
{
    protected override JobsFactory Host() => new();
}

/// <summary>A fresh database for each test, so that no test sees another's runs.</summary>
public sealed class FailedJobsOnPostgresTests : FailedJobsTests, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    protected override JobsFactory Host() => new(_database.ConnectionString);
}
