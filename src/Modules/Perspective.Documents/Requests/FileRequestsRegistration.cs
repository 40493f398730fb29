using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Documents.Requests;

internal static class FileRequestsRegistration
{
    /// <summary>Services for requests for files: asking schools, their answers, the zip of answers, closing.</summary>
    public static IServiceCollection AddFileRequests(this IServiceCollection services) => services;

    /// <summary>Endpoints (other than Razor Pages) for requests for files: asking schools, their answers, the zip of answers, closing.</summary>
    public static IEndpointRouteBuilder MapFileRequests(this IEndpointRouteBuilder endpoints) => endpoints;
}
