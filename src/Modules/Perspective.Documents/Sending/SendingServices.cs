using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents.Access;
using Perspective.Documents.Download;
using Perspective.Documents.Notifications;

namespace Perspective.Documents.Sending;

internal static class SendingServices
{
    /// <summary>The access rule, sending (its checks, policy and choices) and downloading.</summary>
    public static IServiceCollection AddDocumentSending(this IServiceCollection services)
    {
        services.AddScoped<DocumentAccess>();
        services.AddScoped<RecipientRules>();
        services.AddScoped<UploadIntake>();
        services.AddScoped<RecipientPeople>();
        services.AddDocumentNotifications();
        services.AddScoped<NamedRecipients>();
        services.AddScoped<SendChecks>();
        services.AddScoped<DocumentSender>();
        services.AddScoped<UnreachedRecipients>();
        services.AddScoped<IAuthorizationHandler, SendHandler>();
        services.AddAuthorization(options => options.AddPolicy(SendPolicy.Name, SendPolicy.Build()));
        services.AddScoped<DecryptedResponse>();
        services.AddScoped<DocumentDownload>();
        return services;
    }
}
