using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Jobs;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Jobs;

/// <summary>
/// A host with the test jobs registered and Quartz's intervals short: a second's idle wait, retries
/// 0.2 s apart doubling to 1 s, three attempts, and a one-second cluster check-in.
/// </summary>
public sealed class JobsFactory : PerspectiveFactory
{
    public JobsFactory(string? postgres = null, string? dataPathOf = null)
    {
        With("Perspective:Jobs:IdleWait", "00:00:01");
        With("Perspective:Jobs:MaxAttempts", "3");
        With("Perspective:Jobs:FirstRetryDelay", "00:00:00.200");
        With("Perspective:Jobs:MaxRetryDelay", "00:00:01");
        With("Perspective:Jobs:ClusterCheckinInterval", "00:00:01");
        With("Perspective:Jobs:ClusterCheckinMisfireThreshold", "00:00:01");
        With("Perspective:Email:SenderEnabled", "false");
        if (postgres is not null)
        {
            With("Database:Provider", "Postgres").With("Database:ConnectionString", postgres);
        }

        if (dataPathOf is not null)
        {
            With("Perspective:DataPath", dataPathOf);
        }
    }

    public FailingJob.Switch Healed => Services.GetRequiredService<FailingJob.Switch>();

    public IJobScheduler Scheduler => Services.GetRequiredService<IJobScheduler>();

    /// <summary>Every run the test jobs recorded in the default tenant's database.</summary>
    public Task<List<JobRuns.Run>> RunsAsync() => this.QueryAsync(JobRuns.ReadAsync);

    /// <summary>Polls the recorded runs until the condition holds, for at most the given time.</summary>
    public Task<List<JobRuns.Run>> WaitForRunsAsync(Func<List<JobRuns.Run>, bool> condition, int seconds = 30) =>
        Poll.UntilAsync(RunsAsync, condition, TimeSpan.FromSeconds(seconds), runs => $"The jobs' runs did not come about within {seconds} s; {runs.Count} recorded.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<FailingJob.Switch>();
            services.AddTenantJob<RecordingJob>(RecordingJob.Name);
            services.AddTenantJob<FailingJob>(FailingJob.Name);
            services.AddTenantJob<BlockingJob>(BlockingJob.Name);
        });
    }
}
