using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Documents.Bulk;

internal static class BulkSendingRegistration
{
    /// <summary>Services for bulk sending: drafts, staged uploads, matching preview and sending.</summary>
    public static IServiceCollection AddBulkSending(this IServiceCollection services) => services;

    /// <summary>Endpoints (other than Razor Pages) for bulk sending: drafts, staged uploads, matching preview and sending.</summary>
    public static IEndpointRouteBuilder MapBulkSending(this IEndpointRouteBuilder endpoints) => endpoints;
}
