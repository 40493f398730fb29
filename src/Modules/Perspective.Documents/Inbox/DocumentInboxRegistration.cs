using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents.Download;

namespace Perspective.Documents.Inbox;

internal static class DocumentInboxRegistration
{
    /// <summary>Services for the inbox, the sent list, the document page, versions, revoke, expiry, read receipts and reminders.</summary>
    public static IServiceCollection AddDocumentInbox(this IServiceCollection services)
    {
        services.AddScoped<ReceivedDocuments>();
        services.AddScoped<SenderSide>();
        services.AddScoped<SentBatches>();
        services.AddScoped<ReadReceipts>();
        services.AddScoped<BatchReminders>();
        services.AddScoped<DocumentChanges>();
        services.AddScoped<VersionDownload>();
        return services;
    }

    /// <summary>Endpoints (other than Razor Pages) for the inbox, the sent list, the document page, versions, revoke, expiry, read receipts and reminders.</summary>
    public static IEndpointRouteBuilder MapDocumentInbox(this IEndpointRouteBuilder endpoints) => endpoints.MapVersionDownload();
}
