using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// The job scheduler: Quartz on its ADO.NET store in the default tenant's database, clustered on
/// PostgreSQL, one node on SQLite (ADR-013), with our schema applied before it starts.
/// </summary>
public static class JobKernelServices
{
    /// <param name="providerName"><c>Postgres</c> or <c>Sqlite</c>, as <c>Database:Provider</c> says.</param>
    /// <param name="connectionString">The default tenant's database, where Quartz's tables live.</param>
    /// <param name="driver">The ADO.NET provider's factory for that database.</param>
    public static IServiceCollection AddJobScheduler(
        this IServiceCollection services, IConfiguration configuration, string providerName, string connectionString, DbProviderFactory driver)
    {
        var options = configuration.GetSection("Perspective:Jobs").Get<JobOptions>() ?? new JobOptions();
        var clustered = providerName.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

        services.AddOptions<JobOptions>().BindConfiguration("Perspective:Jobs");
        services.TryAddSingleton<JobCatalog>();
        services.TryAddSingleton<JobRunCounts>();
        services.TryAddSingleton<QuartzJobScheduler>();
        services.TryAddSingleton<IJobScheduler>(sp => sp.GetRequiredService<QuartzJobScheduler>());
        services.TryAddSingleton<IFailedJobs, QuartzFailedJobs>();
        services.AddTenantJob<EachRunningTenantJob>(EachRunningTenantJob.Name);

        // Hosted services start in the order they are added: the schema, the recurring rounds, then Quartz.
        services.AddHostedService(sp => new QuartzSchemaInstaller(providerName, connectionString, driver));
        services.AddHostedService<RecurringJobs>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = options.SchedulerName;
                scheduler.GenerateInstanceId = clustered;
                scheduler.IdleWaitTime = options.IdleWait;
            });
            quartz.UseDefaultThreadPool(options.Concurrency);
            quartz.AddJobListener<FailedJobRecorder>();
            quartz.UsePersistentStore(store =>
            {
                store.ConfigureStore(o =>
                {
                    o.StoreJobDataAsStrings = true;
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                    // A job cut off by a shutdown is run again (it asked for recovery), not dropped.
                    o.RecoverFiringsCancelledByShutdown = true;
                });
                if (clustered)
                {
                    store.UsePostgres(driver, connectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                    });
                }
                else
                {
                    store.UseSqlite(driver, connectionString);
                }
            });
        });
        services.AddQuartzHostedService(hosted =>
        {
            hosted.WaitForJobsToComplete = true;
            hosted.AutoStart = options.Enabled;
        });
        return services;
    }
}
