namespace Perspective.Email.Sending;

/// <summary>The site setting keys that hold a tenant's email settings (read by <see cref="EmailSettings"/>).</summary>
public static class EmailSettingKeys
{
    public const string Provider = "email.provider";
    public const string FromAddress = "email.from.address";
    public const string FromName = "email.from.name";
    public const string ReplyTo = "email.replyTo";
    public const string SmtpHost = "email.smtp.host";
    public const string SmtpPort = "email.smtp.port";
    public const string SmtpSecurity = "email.smtp.security";
    public const string SmtpUsername = "email.smtp.username";

    /// <summary>A secret: stored encrypted, never shown back.</summary>
    public const string SmtpPassword = "email.smtp.password";

    /// <summary>A secret: stored encrypted, never shown back.</summary>
    public const string NotifyApiKey = "email.notify.apiKey";

    public const string NotifyTemplatePrefix = "email.notify.template.";

    /// <summary>The key of the GOV.UK Notify template id for a kind of email.</summary>
    public static string NotifyTemplate(string kind) => NotifyTemplatePrefix + kind;
}
