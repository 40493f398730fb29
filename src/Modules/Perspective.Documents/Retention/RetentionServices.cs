using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perspective.Documents.Files;
using Perspective.Files.Housekeeping;

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
        services.AddScoped<OrphanBlobSweeper>();
        services.AddScoped<HeldFileRescanner>();
        services.TryAddSingleton<EachRunningTenant>();
        services.AddSingleton<DocumentRetentionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DocumentRetentionJob>());
        return services;
    }
}
