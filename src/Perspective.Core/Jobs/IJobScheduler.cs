namespace Perspective.Core.Jobs;

/// <summary>
/// Enqueues and schedules tenant jobs durably: what is enqueued survives a restart and runs once
/// across the deployment's nodes (ADR-013). Every job carries the tenant it runs for.
/// </summary>
public interface IJobScheduler
{
    /// <summary>Runs the job for the tenant as soon as a node is free. Returns the job's id.</summary>
    Task<string> EnqueueAsync<TJob>(string tenantName, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
        where TJob : ITenantJob;

    /// <summary>Runs the job for the tenant at (or soon after) the given time. Returns the job's id.</summary>
    Task<string> ScheduleAsync<TJob>(string tenantName, DateTimeOffset runAt, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
        where TJob : ITenantJob;

    /// <summary>
    /// Runs the job for the tenant on a Quartz cron schedule (seconds first: <c>0 0 2 * * ?</c> is
    /// 02:00 every day), under a name of the caller's: a second call with the same name and a
    /// different schedule or data replaces it, with the same ones changes nothing. Each slot runs
    /// on one node only.
    /// </summary>
    Task ScheduleCronAsync<TJob>(string tenantName, string scheduleName, string cronExpression, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
        where TJob : ITenantJob;

    /// <summary>Removes a cron schedule made by <see cref="ScheduleCronAsync{TJob}"/>; false when there was none.</summary>
    Task<bool> UnscheduleCronAsync(string tenantName, string scheduleName, CancellationToken cancellationToken = default);
}
