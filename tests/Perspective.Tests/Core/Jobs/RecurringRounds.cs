using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Jobs;
using Perspective.Core.Tenants;
using Quartz;

namespace Perspective.Tests.Core.Jobs;

/// <summary>What a test of a recurring job asks of the host: whether its rounds are scheduled, and how many runs finished.</summary>
public static class RecurringRounds
{
    public static async Task<bool> IsScheduledAsync(IServiceProvider services, string jobName)
    {
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.Exists(new JobKey("recurring." + jobName, Tenant.DefaultName));
    }

    public static int Completed(IServiceProvider services, string jobName) => services.GetRequiredService<JobRunCounts>().CompletedOf(jobName);
}
