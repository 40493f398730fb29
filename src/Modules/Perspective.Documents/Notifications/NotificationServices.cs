using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Events;
using Perspective.Documents.Events;

namespace Perspective.Documents.Notifications;

public static class NotificationServices
{
    /// <summary>The module's email notifications, each a subscriber of the documents events (names are stored: never rename one).</summary>
    public static IServiceCollection AddDocumentNotifications(this IServiceCollection services)
    {
        services.AddScoped<DocumentNotifier>();
        services.AddEventSubscriber<DocumentSent, NewDocumentEmails>("documents.emails.sent", DocumentsEvents.Sent);
        services.AddEventSubscriber<DocumentReplaced, NewDocumentEmails>("documents.emails.replaced", DocumentsEvents.VersionAdded);
        services.AddEventSubscriber<RequestAnswered, NewDocumentEmails>("documents.emails.answered", DocumentsEvents.FileSubmitted);
        services.AddEventSubscriber<HeldFileReleased, NewDocumentEmails>("documents.emails.released", DocumentsEvents.FileReleased);
        services.AddEventSubscriber<DocumentsReminded, ReminderEmails>("documents.emails.reminded", DocumentsEvents.Reminded);
        services.AddEventSubscriber<FilesRequested, FileRequestEmails>("documents.emails.file-requested", DocumentsEvents.FileRequested);
        return services;
    }
}
