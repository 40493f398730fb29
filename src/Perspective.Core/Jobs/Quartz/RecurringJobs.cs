using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Perspective.Core.Tenants;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// At start-up, makes the store's recurring rounds match what the modules registered and the
/// options say: a round whose schedule is unchanged is left alone (so restarting a node does not
/// push it back), a changed one is replaced, a switched-off one removed.
/// </summary>
internal sealed class RecurringJobs(
    JobCatalog jobs, ISchedulerFactory schedulers, IServiceProvider services, TimeProvider time,
    bool migrateOnStartup) : IHostedService
{
    /// <summary>
    /// Matches the rounds at start-up when the portal migrates then; otherwise the database may not be
    /// reachable yet, and <see cref="SchedulerStarter"/> matches them once it is.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken) => migrateOnStartup ? SyncAsync(cancellationToken) : Task.CompletedTask;

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var registration in jobs.All.Where(r => r.Recurring is not null))
        {
            var key = new JobKey("recurring." + registration.Name, Tenant.DefaultName);
            var schedule = registration.Recurring!(services);
            if (schedule is null)
            {
                await scheduler.DeleteJob(key, cancellationToken);
                continue;
            }

            var trigger = await scheduler.GetTrigger(new TriggerKey(key.Name, key.Group), cancellationToken);
            if (trigger is not null && SameSchedule(trigger, schedule))
            {
                continue;
            }

            var round = QuartzJobScheduler.Job(EachRunningTenantJob.Name, Tenant.DefaultName, key.Name, new Dictionary<string, string> { ["target"] = registration.Name }, durable: true);
            await scheduler.ScheduleJob(round, Trigger(key, schedule), ScheduleJobOptions.Replacing, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private ITrigger Trigger(JobKey key, RecurringSchedule schedule)
    {
        var builder = TriggerBuilder.Create(time).WithIdentity(key.Name, key.Group).ForJob(key);
        return schedule.Interval is { } interval
            // Waits one interval first: start-up never waits on a round. A round missed (every node
            // down, or a clock jump) runs once as soon as it can, then the rounds carry on.
            ? builder.StartAt(time.GetUtcNow() + interval)
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
                .Build()
            : builder.WithSchedule(CronScheduleBuilder.Create(schedule.CronExpression!).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build();
    }

    private static bool SameSchedule(ITrigger trigger, RecurringSchedule schedule) => trigger switch
    {
        ISimpleTrigger simple => simple.RepeatInterval == schedule.Interval,
        ICronTrigger cron => cron.CronExpressionString == schedule.CronExpression,
        _ => false,
    };
}
