using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Quartz;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Jobs;

/// <summary>Two hosts clustered over one PostgreSQL database, as two nodes of a deployment.</summary>
public sealed class TwoHostJobsTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task TwoHosts_RunEachOf1000EnqueuedJobs_ExactlyOnce()
    {
        using var first = new JobsFactory(_database.ConnectionString);
        using var second = new JobsFactory(_database.ConnectionString, first.DataPath);
        _ = second.Services;

        var ids = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            ids.Add(await (i % 2 == 0 ? first : second).Scheduler.EnqueueAsync<RecordingJob>(Tenant.DefaultName));
        }

        var runs = await first.WaitForRunsAsync(r => r.Count >= 1000, seconds: 120);
        // A job could run twice only while Quartz still holds its trigger or a firing of it: wait until it holds none (the recurring rounds keep theirs).
        await Poll.UntilAsync(() => QuartzRowsLeftAsync(_database.ConnectionString), left => left == 0, TimeSpan.FromSeconds(60), left => $"Quartz still held {left} triggers or firings after 60 s.");
        runs = await first.RunsAsync();

        Assert.Equal(1000, runs.Count);
        Assert.Equal(ids.Order(), runs.Select(r => r.JobId).Order());
    }

    [Fact]
    public async Task ACronJob_OnTwoHosts_FiresOncePerSlot()
    {
        using var first = new JobsFactory(_database.ConnectionString);
        using var second = new JobsFactory(_database.ConnectionString, first.DataPath);
        _ = second.Services;

        // Every second; both hosts register the schedule, as each node does when it starts.
        await first.Scheduler.ScheduleCronAsync<RecordingJob>(Tenant.DefaultName, "every-second", "* * * * * ?");
        await second.Scheduler.ScheduleCronAsync<RecordingJob>(Tenant.DefaultName, "every-second", "* * * * * ?");
        await first.WaitForRunsAsync(r => r.Count >= 5);
        await first.Scheduler.UnscheduleCronAsync(Tenant.DefaultName, "every-second");
        var runs = await first.RunsAsync();

        // One cron job, one id, and no slot (its due second) run by both hosts.
        Assert.Single(runs.Select(r => r.JobId).Distinct());
        Assert.Equal(runs.Count, runs.Select(r => r.Due).Distinct().Count());
        Assert.True(runs.Count >= 5);
    }

    [Fact]
    public async Task AJobWhoseHostDiesMidRun_RunsAgainOnTheOtherHost_OnceItHasMissedItsCheckIn()
    {
        using var first = new JobsFactory(_database.ConnectionString);
        var id = await first.Scheduler.EnqueueAsync<BlockingJob>(Tenant.DefaultName);
        await first.WaitForRunsAsync(r => r.Any(run => run.Label == "started"));
        using var second = new JobsFactory(_database.ConnectionString, first.DataPath);
        _ = second.Services;

        try
        {
            // Host A's scheduler dies mid-job: it stops checking in, and the job never finishes there.
            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.Shutdown(waitForJobsToComplete: false);
            var runs = await second.WaitForRunsAsync(r => r.Any(run => run.Label == "recovered"), seconds: 60);

            Assert.Equal([(id, "started"), (id, "recovered")], runs.Select(r => (r.JobId, r.Label)));
        }
        finally
        {
            BlockingJob.Release();
        }
    }

    private static async Task<long> QuartzRowsLeftAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT (SELECT count(*) FROM qrtz_triggers WHERE trigger_name NOT LIKE 'recurring.%') + (SELECT count(*) FROM qrtz_fired_triggers WHERE trigger_name NOT LIKE 'recurring.%')", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
