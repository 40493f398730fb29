namespace Perspective.Web.Audit;

public static class AuditHostingExtensions
{
    /// <summary>The job that writes signed checkpoints of every tenant's audit chain.</summary>
    public static IServiceCollection AddAuditCheckpoints(this IServiceCollection services)
    {
        services.AddOptions<AuditCheckpointOptions>().BindConfiguration("Perspective:Audit");
        services.AddSingleton<AuditCheckpointJob>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditCheckpointJob>());
        return services;
    }
}
