using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Quartz;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// The one Quartz job type: finds the registered job named in the data, opens a scope of the
/// tenant the data names and runs the job there. A job for a tenant that has gone, is not running
/// or has the job's module off is skipped (logged), not failed: there is nothing to retry.
/// </summary>
internal sealed partial class TenantJobRunner(
    JobCatalog jobs, ITenantCatalog tenants, ITenantScopeFactory scopes, JobRunCounts counts, ILogger<TenantJobRunner> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var jobName = data.GetString(JobDataKeys.Job) ?? "";
        var tenantName = data.GetString(JobDataKeys.Tenant) ?? "";
        var registration = jobs.Find(jobName);
        if (registration is null)
        {
            LogSkipped(logger, jobName, tenantName, "no such job is registered");
            return;
        }

        var tenant = await tenants.FindAsync(tenantName, cancellationToken);
        if (tenant is not { State: TenantState.Running })
        {
            LogSkipped(logger, jobName, tenantName, "the tenant is not running");
            return;
        }

        await using var scope = scopes.CreateScope(tenant);
        if (registration.ModuleName is { } module && !scope.ServiceProvider.GetRequiredService<IModuleFeatures>().IsEnabled(module))
        {
            LogSkipped(logger, jobName, tenantName, "its module is off for the tenant");
            return;
        }

        var job = (ITenantJob)scope.ServiceProvider.GetRequiredService(registration.JobType);
        var userData = data.Keys
            .Where(k => k.StartsWith(JobDataKeys.DataPrefix, StringComparison.Ordinal))
            .ToDictionary(k => k[JobDataKeys.DataPrefix.Length..], k => data.GetString(k) ?? "", StringComparer.Ordinal);
        await job.RunAsync(new TenantJobContext(tenant, context.JobDetail.Key.Name, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.RetryAttempt + 1, context.Recovering, userData), cancellationToken);
        counts.Completed(jobName);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} for tenant {Tenant} was skipped: {Reason}.")]
    private static partial void LogSkipped(ILogger logger, string job, string tenant, string reason);
}
