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
        this IServiceCollection services, IConfiguration configuration, string providerName, string connectionString, DbProviderFactory driver, bool migrateOnStartup = true)
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
        // A portal that does not migrate at start-up gets the schema from the migrate verb, and starts
        // (not ready) even while its database cannot be reached: SchedulerStarter then matches the
        // rounds and starts Quartz once the application has started and the database answers.
        services.AddSingleton(new QuartzSchemaInstaller(providerName, connectionString, driver));
        if (migrateOnStartup)
        {
            services.AddHostedService(sp => sp.GetRequiredService<QuartzSchemaInstaller>());
        }

        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RecurringJobs>(sp, migrateOnStartup));
        services.AddHostedService(sp => sp.GetRequiredService<RecurringJobs>());
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
                    // Checked when the scheduler is made, which needs the database; without migrations at
                    // start-up the migrate verb has applied the schema, and the portal must start without it.
                    o.SchemaProvisioning = migrateOnStartup ? SchemaProvisioning.Validate : SchemaProvisioning.None;
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
        if (migrateOnStartup)
        {
            services.AddQuartzHostedService(hosted =>
            {
                hosted.WaitForJobsToComplete = true;
                hosted.AutoStart = options.Enabled;
            });
        }
        else
        {
            services.AddHostedService<SchedulerStarter>();
        }

        return services;
    }
}
