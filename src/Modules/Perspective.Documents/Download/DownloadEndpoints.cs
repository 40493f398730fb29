using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Documents.Download;

internal static class DownloadEndpoints
{
    /// <summary>The download link; sign-in comes from the fallback policy, access from <see cref="DocumentDownload"/>.</summary>
    public static IEndpointRouteBuilder MapDocumentDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/documents/{id:guid}/download", (HttpContext context, Guid id) =>
            context.RequestServices.GetRequiredService<DocumentDownload>().HandleAsync(context, id));
        return endpoints;
    }
}
