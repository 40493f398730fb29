using Perspective.Core.Settings;
using Perspective.Core.Sites;

namespace Perspective.Email.Sending;

/// <summary>
/// A tenant's email settings, from its site settings (keys <c>email.*</c>; passwords and API keys
/// are secrets). Without any, a tenant writes .eml files to the pickup folder.
/// </summary>
public sealed record EmailSettings(
    string Provider,
    string FromAddress,
    string FromName,
    string? ReplyTo,
    string? SmtpHost,
    int SmtpPort,
    string SmtpSecurity,
    string? SmtpUsername,
    string? SmtpPassword,
    string? NotifyApiKey)
{
    public const string Smtp = "Smtp";
    public const string Pickup = "Pickup";
    public const string Notify = "Notify";

    public static async Task<EmailSettings> LoadAsync(ISiteSettings settings, ISite site, CancellationToken cancellationToken)
    {
        var all = await settings.GetAllAsync(cancellationToken);
        string? Get(string key) => all.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
        return new EmailSettings(
            Get("email.provider") ?? Pickup,
            Get("email.from.address") ?? "no-reply@localhost",
            Get("email.from.name") ?? site.Name,
            Get("email.replyTo"),
            Get("email.smtp.host"),
            int.TryParse(Get("email.smtp.port"), out var port) ? port : 587,
            Get("email.smtp.security") ?? "StartTls",
            Get("email.smtp.username"),
            await settings.GetSecretAsync("email.smtp.password", cancellationToken),
            await settings.GetSecretAsync("email.notify.apiKey", cancellationToken));
    }

    /// <summary>The Notify template id for a kind of email (setting <c>email.notify.template.{kind}</c>).</summary>
    public static async Task<string?> NotifyTemplateAsync(ISiteSettings settings, string kind, CancellationToken cancellationToken) =>
        await settings.GetAsync($"email.notify.template.{kind}", cancellationToken);
}
