using Quartz;
using Perspective.Core.Tenants;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// One round of a recurring job: enqueues a run of it for every running tenant, each under a key
/// of its own (the job's name in the tenant's group), so a tenant whose last run is still waiting
/// or running gets no second one. Runs in the default tenant, which owns the tenant list.
/// </summary>
internal sealed class EachRunningTenantJob(ITenantCatalog tenants, ISchedulerFactory schedulers, QuartzJobScheduler jobs) : ITenantJob
{
    public const string Name = "jobs.each-running-tenant";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var target = context.Data.GetValueOrDefault("target") ?? throw new InvalidOperationException("A recurring round names no job.");
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var tenant in await tenants.ListAsync(cancellationToken))
        {
            if (tenant.State != TenantState.Running)
            {
                continue;
            }

            var job = QuartzJobScheduler.Job(target, tenant.Name, target, null);
            job.JobDataMap[JobDataKeys.Round] = "true";
            if (!await scheduler.Exists(job.Key, cancellationToken))
            {
                await TryScheduleAsync(scheduler, job, cancellationToken);
            }
        }
    }

    private async Task TryScheduleAsync(IScheduler scheduler, IJobDetail job, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.ScheduleJob(job, jobs.OneOff(job.Key, null), cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another round got there first: the tenant's run is already waiting.
        }
    }
}
