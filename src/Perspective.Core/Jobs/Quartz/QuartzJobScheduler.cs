using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Quartz;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// <see cref="IJobScheduler"/> on Quartz. Each job is a Quartz job in the group named after its
/// tenant, run by <see cref="TenantJobRunner"/>, asking to be recovered when its node dies; a
/// one-off run is retried with exponential backoff (<see cref="JobOptions"/>).
/// </summary>
internal sealed class QuartzJobScheduler(ISchedulerFactory schedulers, JobCatalog jobs, IOptions<JobOptions> options, TimeProvider time) : IJobScheduler
{
    public Task<string> EnqueueAsync<TJob>(string tenantName, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
        where TJob : ITenantJob =>
        ScheduleAsync<TJob>(tenantName, time.GetUtcNow(), data, cancellationToken);

    public async Task<string> ScheduleAsync<TJob>(string tenantName, DateTimeOffset runAt, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
        where TJob : ITenantJob
    {
        var id = NewId();
        var job = Job(jobs.For(typeof(TJob)).Name, tenantName, id, data);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job, OneOff(job.Key, runAt), cancellationToken: cancellationToken);
        return id;
    }

    public async Task ScheduleCronAsync<TJob>(string tenantName, string scheduleName, string cronExpression, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
        where TJob : ITenantJob
    {
        var job = Job(jobs.For(typeof(TJob)).Name, tenantName, CronJobName(scheduleName), data, durable: true);
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(job.Key.Name, tenantName)
            .ForJob(job.Key)
            .WithSchedule(CronScheduleBuilder.Create(cronExpression).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        // The same schedule again (every node registers it at start) is left alone, so no slot runs twice.
        if (await scheduler.GetTrigger(trigger.Key, cancellationToken) is ICronTrigger existing
            && existing.CronExpressionString == cronExpression
            && (await scheduler.GetJobDetail(job.Key, cancellationToken))?.JobDataMap.Equals(job.JobDataMap) == true)
        {
            return;
        }

        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task<bool> UnscheduleCronAsync(string tenantName, string scheduleName, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.DeleteJob(new JobKey(CronJobName(scheduleName), tenantName), cancellationToken);
    }

    /// <summary>A job's Quartz description: the runner, with the tenant and job name, and the caller's data under a prefix.</summary>
    internal static IJobDetail Job(string jobName, string tenantName, string id, IReadOnlyDictionary<string, string>? data, bool durable = false)
    {
        var map = new JobDataMap { [JobDataKeys.Tenant] = tenantName, [JobDataKeys.Job] = jobName };
        foreach (var (key, value) in data ?? new Dictionary<string, string>())
        {
            map[JobDataKeys.DataPrefix + key] = value;
        }

        return JobBuilder.Create<TenantJobRunner>()
            .WithIdentity(id, tenantName)
            .WithDescription(jobName)
            .UsingJobData(map)
            .RequestRecovery()
            .StoreDurably(durable)
            .Build();
    }

    /// <summary>A trigger that fires once, at the given time or now, retried with backoff when the run fails.</summary>
    internal ITrigger OneOff(JobKey job, DateTimeOffset? runAt) =>
        TriggerBuilder.Create(time)
            .WithIdentity(job.Name, job.Group)
            .ForJob(job)
            .StartAt(runAt ?? time.GetUtcNow())
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .WithRetryPolicy(RetryPolicyOf(options.Value))
            .Build();

    internal static RetryPolicy RetryPolicyOf(JobOptions options) =>
        options.MaxAttempts <= 1
            ? RetryPolicy.None
            : RetryPolicy.Exponential(options.MaxAttempts - 1, options.FirstRetryDelay, 2.0, options.MaxRetryDelay);

    private static string CronJobName(string scheduleName) => "cron." + scheduleName;

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
