using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Core.Jobs;

/// <summary>How modules register their jobs.</summary>
public static class JobServices
{
    /// <summary>
    /// Registers a job under a stable name (stored with every enqueued run, so never renamed). With
    /// a module name, runs are skipped for tenants that have that module switched off.
    /// </summary>
    public static IServiceCollection AddTenantJob<TJob>(this IServiceCollection services, string name, string? moduleName = null)
        where TJob : class, ITenantJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRegistration(name, typeof(TJob), moduleName));
        return services;
    }

    /// <summary>
    /// Registers a job that runs for every running tenant (with the module on) on a schedule read
    /// from options when the host starts; a null schedule switches it off. One node runs each round,
    /// which enqueues one run per tenant, so a tenant that fails is retried on its own.
    /// </summary>
    public static IServiceCollection AddRecurringTenantJob<TJob>(
        this IServiceCollection services, string name, string? moduleName, Func<IServiceProvider, RecurringSchedule?> schedule)
        where TJob : class, ITenantJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRegistration(name, typeof(TJob), moduleName) { Recurring = schedule });
        return services;
    }
}
