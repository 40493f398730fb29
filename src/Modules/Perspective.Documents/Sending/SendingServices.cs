using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents.Access;
using Perspective.Documents.Download;

namespace Perspective.Documents.Sending;

internal static class SendingServices
{
    /// <summary>The access rule, sending and downloading.</summary>
    public static IServiceCollection AddDocumentSending(this IServiceCollection services)
    {
        services.AddScoped<DocumentAccess>();
        services.AddScoped<DocumentSender>();
        services.AddScoped<DocumentDownload>();
        return services;
    }
}
