using System.Globalization;
using Microsoft.Extensions.Options;
using Notify.Client;
using Notify.Exceptions;
using Perspective.Core.Settings;
using Perspective.Core.Sites;
using Perspective.Email.Outbox;

namespace Perspective.Email.Sending;

/// <summary>
/// GOV.UK Notify: Notify holds the wording, one template per kind of email (its id in the setting
/// <c>email.notify.template.{kind}</c>), and is sent the message's values as personalisation, with
/// <c>subject</c> and <c>site_name</c>. Scoped, because the template ids are the current tenant's.
/// </summary>
public sealed class NotifyEmailProvider(ISiteSettings siteSettings, ISite site, IHttpClientFactory httpClients, IOptions<NotifyOptions> options) : IEmailProvider
{
    public const string HttpClientName = "Perspective.Email.Notify";

    public string Name => EmailSettings.Notify;

    public async Task<IEmailSession> OpenAsync(EmailSettings settings, string tenantName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.NotifyApiKey is not { } apiKey)
        {
            throw new EmailDeliveryException("No GOV.UK Notify API key is set.");
        }

        var templates = (await siteSettings.GetAllAsync(cancellationToken))
            .Where(s => s.Key.StartsWith(EmailSettingKeys.NotifyTemplatePrefix, StringComparison.Ordinal) && s.Value.Length > 0)
            .ToDictionary(s => s.Key[EmailSettingKeys.NotifyTemplatePrefix.Length..], s => s.Value, StringComparer.Ordinal);
        var http = new HttpClientWrapper(httpClients.CreateClient(HttpClientName));
        try
        {
            var client = new NotificationClient(http, apiKey);
            // That constructor aims the client at the live API; the configured address takes its place.
            http.BaseAddress = options.Value.BaseUri;
            return new Session(client, http, templates, site.Name);
        }
        catch (NotifyAuthException)
        {
            http.Dispose();
            throw new EmailDeliveryException("The GOV.UK Notify API key is not in the right form. Enter it again in the email settings.");
        }
    }

    private sealed class Session(NotificationClient client, HttpClientWrapper http, Dictionary<string, string> templates, string siteName) : IEmailSession
    {
        public async Task SendAsync(OutboxMessage message, OutboxContent content, CancellationToken cancellationToken)
        {
            if (!templates.TryGetValue(message.Kind, out var templateId))
            {
                throw new EmailDeliveryException($"No GOV.UK Notify template is set for {message.Kind}");
            }

            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // The client blocks a thread while the request is in flight and takes no token;
                // the HTTP client's timeout bounds the wait.
                await client.SendEmailAsync(message.ToAddress, templateId, Personalisation(message, content), message.Id.ToString(CultureInfo.InvariantCulture));
            }
            catch (NotifyClientException exception)
            {
                throw new EmailDeliveryException($"GOV.UK Notify refused the message: {exception.Message}", exception);
            }
            catch (Exception exception) when (Unreachable(exception) is { } cause)
            {
                throw new EmailDeliveryException($"Could not reach GOV.UK Notify: {cause.Message}", exception);
            }
        }

        public ValueTask DisposeAsync()
        {
            http.Dispose();
            return ValueTask.CompletedTask;
        }

        private Dictionary<string, object> Personalisation(OutboxMessage message, OutboxContent content)
        {
            var personalisation = content.Values.ToDictionary(v => v.Key, v => (object)v.Value, StringComparer.Ordinal);
            personalisation["subject"] = message.Subject;
            personalisation["site_name"] = siteName;
            return personalisation;
        }

        /// <summary>The network failure or timeout behind an exception, which the client wraps in an <see cref="AggregateException"/>.</summary>
        private static Exception? Unreachable(Exception exception) => exception switch
        {
            AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Unreachable).FirstOrDefault(e => e is not null),
            HttpRequestException or TaskCanceledException => exception,
            NotifyClientException => exception,
            _ => null,
        };
    }
}
