using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Perspective.Core.Jobs;
using Perspective.Documents.Files;

namespace Perspective.Documents.Retention;

internal static class RetentionServices
{
    /// <summary>The job that deletes documents once their category's retention period is over, and legal hold.</summary>
    public static IServiceCollection AddDocumentRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration("Perspective:Documents");
        services.AddScoped<DocumentDeletion>();
        services.AddScoped<DocumentRetention>();
        services.AddScoped<LegalHolds>();
        services.AddScoped<HeldFileRescanner>();
        services.AddRecurringTenantJob<DocumentRetentionJob>(DocumentRetentionJob.Name, "Perspective.Documents", sp =>
            sp.GetRequiredService<IOptions<RetentionOptions>>().Value is { RetentionEnabled: true } options ? RecurringSchedule.Every(options.RetentionInterval) : null);
        return services;
    }
}
