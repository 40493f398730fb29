using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perspective.Files.Housekeeping;

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
        services.TryAddSingleton<EachRunningTenant>();
        services.AddSingleton<BulkDraftCleanupJob>();
        services.AddHostedService(sp => sp.GetRequiredService<BulkDraftCleanupJob>());
        return services;
    }

    /// <summary>Endpoints (other than Razor Pages) for bulk sending: none, as the pages carry every handler.</summary>
    public static IEndpointRouteBuilder MapBulkSending(this IEndpointRouteBuilder endpoints) => endpoints;
}
