using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Perspective.Core.Jobs;

namespace Perspective.Documents.Bulk;

internal static class BulkSendingRegistration
{
    /// <summary>Services for bulk sending: drafts, staged uploads, matching preview and sending, and the abandoned-draft cleanup.</summary>
    public static IServiceCollection AddBulkSending(this IServiceCollection services)
    {
        services.AddOptions<BulkOptions>().BindConfiguration("Perspective:Documents");
        services.AddScoped<BulkDrafts>();
        services.AddScoped<BulkPlanner>();
        services.AddScoped<BulkStaging>();
        services.AddScoped<BulkSending>();
        services.AddScoped<BulkDraftCleanup>();
        services.AddRecurringTenantJob<BulkDraftCleanupJob>(BulkDraftCleanupJob.Name, "Perspective.Documents", sp =>
            sp.GetRequiredService<IOptions<BulkOptions>>().Value is { DraftCleanupEnabled: true } options ? RecurringSchedule.Every(options.DraftCleanupInterval) : null);
        return services;
    }

    /// <summary>Endpoints (other than Razor Pages) for bulk sending: none, as the pages carry every handler.</summary>
    public static IEndpointRouteBuilder MapBulkSending(this IEndpointRouteBuilder endpoints) => endpoints;
}
