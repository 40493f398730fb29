using Microsoft.Extensions.Options;
using Perspective.Core.Jobs;

namespace Perspective.Web.Audit;

public static class AuditHostingExtensions
{
    /// <summary>The job that writes signed checkpoints of every tenant's audit chain.</summary>
    public static IServiceCollection AddAuditCheckpoints(this IServiceCollection services)
    {
        services.AddOptions<AuditCheckpointOptions>().BindConfiguration("Perspective:Audit");
        services.AddRecurringTenantJob<AuditCheckpointJob>(AuditCheckpointJob.Name, null, sp =>
            sp.GetRequiredService<IOptions<AuditCheckpointOptions>>().Value is { CheckpointEnabled: true } options ? RecurringSchedule.Every(options.CheckpointInterval) : null);
        return services;
    }
}
