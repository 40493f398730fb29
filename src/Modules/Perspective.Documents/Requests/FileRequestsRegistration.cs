using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Documents.Requests;

internal static class FileRequestsRegistration
{
    /// <summary>Services for requests for files: asking schools, their answers, the zip of answers, closing.</summary>
    public static IServiceCollection AddFileRequests(this IServiceCollection services)
    {
        services.AddScoped<FileRequestAccess>();
        services.AddScoped<FileRequestChecks>();
        services.AddScoped<FileRequestCreator>();
        services.AddScoped<AnswerSubmitter>();
        services.AddScoped<AnswerFiles>();
        services.AddScoped<AnswersZip>();
        return services;
    }

    /// <summary>Endpoints (other than Razor Pages) for requests for files: the zip of answers.</summary>
    public static IEndpointRouteBuilder MapFileRequests(this IEndpointRouteBuilder endpoints)
    {
        // Sign-in comes from the fallback policy; who may have the zip from AnswersZip (404 otherwise).
        endpoints.MapGet("/documents/requests/{id:int}/answers.zip", DownloadAnswersAsync);
        return endpoints;
    }

    private static Task<IResult> DownloadAnswersAsync(HttpContext context, int id) =>
        context.RequestServices.GetRequiredService<AnswersZip>().HandleAsync(context, id);
}
