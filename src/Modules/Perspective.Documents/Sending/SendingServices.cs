using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents.Access;
using Perspective.Documents.Download;
using Perspective.Documents.Notifications;

namespace Perspective.Documents.Sending;

internal static class SendingServices
{
    /// <summary>The access rule, sending and downloading.</summary>
    public static IServiceCollection AddDocumentSending(this IServiceCollection services)
    {
        services.AddScoped<DocumentAccess>();
        services.AddScoped<UploadIntake>();
        services.AddScoped<RecipientPeople>();
        services.AddScoped<DocumentNotifier>();
        services.AddScoped<DocumentSender>();
        services.AddScoped<DocumentDownload>();
        return services;
    }
}
