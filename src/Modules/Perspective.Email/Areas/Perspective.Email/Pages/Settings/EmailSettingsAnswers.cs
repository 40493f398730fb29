using System.Globalization;
using System.Net.Mail;
using MimeKit;
using Perspective.Core.Email;
using Perspective.Core.Settings;
using Perspective.Email.Sending;
using Keys = Perspective.Email.Sending.EmailSettingKeys;
using Model = Perspective.Email.Pages.Settings.EmailSettingsModel;

namespace Perspective.Email.Pages.Settings;

/// <summary>The settings form's answers, trimmed: checked all together, then written as site settings.</summary>
internal sealed record EmailSettingsAnswers(
    string? Provider,
    string? FromAddress,
    string? FromName,
    string? ReplyTo,
    string? SmtpHost,
    string? SmtpPort,
    string? SmtpSecurity,
    string? SmtpUsername,
    string? SmtpPassword,
    bool RemoveSmtpPassword,
    string? NotifyApiKey,
    bool RemoveNotifyApiKey,
    IReadOnlyDictionary<string, string?> NotifyTemplates)
{
    private const string EmailFormat = "like name@example.com";

    public static EmailSettingsAnswers From(Model form) => new(
        Blank(form.Provider),
        Blank(form.FromAddress),
        Blank(form.FromName),
        Blank(form.ReplyTo),
        Blank(form.SmtpHost),
        Blank(form.SmtpPort),
        Blank(form.SmtpSecurity),
        Blank(form.SmtpUsername),
        // Passwords are taken as typed: spaces may be part of them.
        string.IsNullOrEmpty(form.SmtpPassword) ? null : form.SmtpPassword,
        form.RemoveSmtpPassword && form.SmtpPasswordSaved,
        Blank(form.NotifyApiKey),
        form.RemoveNotifyApiKey && form.NotifyApiKeySaved,
        form.NotifyTemplates.ToDictionary(t => t.Key, t => Blank(t.Value)?.ToLowerInvariant(), StringComparer.Ordinal));

    private bool IsSmtp => Provider == EmailSettings.Smtp;

    /// <summary>Every problem with the answers, as (field, GOV.UK error message), in page order.</summary>
    public IEnumerable<(string Field, string Message)> Validate(IEnumerable<EmailKind> kinds, bool notifyApiKeySaved)
    {
        if (Provider is not (EmailSettings.Pickup or EmailSettings.Smtp or EmailSettings.Notify))
        {
            yield return (nameof(Model.Provider), "Select how the portal sends email");
        }

        if (FromAddress is null && IsSmtp)
        {
            yield return (nameof(Model.FromAddress), "Enter the email address that messages come from");
        }
        else if (FromAddress is not null && !IsEmailAddress(FromAddress))
        {
            yield return (nameof(Model.FromAddress), $"Enter the from address in the correct format, {EmailFormat}");
        }

        if (FromName is { Length: > 200 })
        {
            yield return (nameof(Model.FromName), "From name must be 200 characters or fewer");
        }

        if (ReplyTo is not null && !IsEmailAddress(ReplyTo))
        {
            yield return (nameof(Model.ReplyTo), $"Enter the reply-to address in the correct format, {EmailFormat}");
        }

        if (SmtpHost is null && IsSmtp)
        {
            yield return (nameof(Model.SmtpHost), "Enter the SMTP server's host name or IP address");
        }
        else if (SmtpHost is not null && (SmtpHost.Length > 253 || Uri.CheckHostName(SmtpHost) == UriHostNameType.Unknown))
        {
            yield return (nameof(Model.SmtpHost), "Enter a host name, like smtp.example.com, or an IP address");
        }

        if (SmtpPort is null && IsSmtp)
        {
            yield return (nameof(Model.SmtpPort), "Enter the SMTP server's port");
        }
        else if (SmtpPort is not null && !int.TryParse(SmtpPort, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            yield return (nameof(Model.SmtpPort), "Port must be a whole number, like 587");
        }
        else if (SmtpPort is not null && Port is not (>= 1 and <= 65535))
        {
            yield return (nameof(Model.SmtpPort), "Port must be between 1 and 65535");
        }

        if ((SmtpSecurity is null && IsSmtp) || (SmtpSecurity is not null && !SmtpSecurityModes.All.Contains(SmtpSecurity)))
        {
            yield return (nameof(Model.SmtpSecurity), "Select how the connection to the SMTP server is secured");
        }

        if (SmtpUsername is { Length: > 256 })
        {
            yield return (nameof(Model.SmtpUsername), "Username must be 256 characters or fewer");
        }

        if (SmtpPassword is { Length: > 500 })
        {
            yield return (nameof(Model.SmtpPassword), "Password must be 500 characters or fewer");
        }

        var keyWillBeSaved = NotifyApiKey is not null || (notifyApiKeySaved && !RemoveNotifyApiKey);
        if (Provider == EmailSettings.Notify && !keyWillBeSaved)
        {
            yield return (nameof(Model.NotifyApiKey), "Enter your GOV.UK Notify API key");
        }
        else if (NotifyApiKey is not null && !NotifyApiKeys.IsWellFormed(NotifyApiKey))
        {
            yield return (nameof(Model.NotifyApiKey), "Enter the whole API key as GOV.UK Notify shows it, a name followed by 2 long codes");
        }

        foreach (var kind in kinds)
        {
            if (NotifyTemplates.GetValueOrDefault(kind.Name) is { } id && !Guid.TryParseExact(id, "D", out _))
            {
                yield return (Model.TemplateField(kind.Name), $"Enter the template ID for {kind.DisplayName} in the correct format, like 8e2b4a1c-53f0-4c3b-9a5e-6d1f0b7c2e94");
            }
        }
    }

    /// <summary>Writes the answers into the unit of work (the caller saves) and says what changed, never a secret's value.</summary>
    public async Task<string> SaveAsync(ISiteSettings settings, IReadOnlyDictionary<string, string> saved, IEnumerable<EmailKind> kinds, CancellationToken cancellationToken)
    {
        var changed = new List<string>();
        async Task PutAsync(string key, string? value)
        {
            var before = saved.GetValueOrDefault(key) is { Length: > 0 } current ? current : null;
            if (before != value)
            {
                // A cleared setting is stored empty: the email settings read empty as not set.
                await settings.SetAsync(key, value ?? "", cancellationToken);
                changed.Add(key);
            }
        }

        await PutAsync(Keys.Provider, Provider);
        await PutAsync(Keys.FromAddress, FromAddress);
        await PutAsync(Keys.FromName, FromName);
        await PutAsync(Keys.ReplyTo, ReplyTo);
        await PutAsync(Keys.SmtpHost, SmtpHost);
        await PutAsync(Keys.SmtpPort, Port?.ToString(CultureInfo.InvariantCulture));
        await PutAsync(Keys.SmtpSecurity, SmtpSecurity);
        await PutAsync(Keys.SmtpUsername, SmtpUsername);
        foreach (var kind in kinds)
        {
            await PutAsync(Keys.NotifyTemplate(kind.Name), NotifyTemplates.GetValueOrDefault(kind.Name));
        }

        await PutSecretAsync(settings, Keys.SmtpPassword, SmtpPassword, RemoveSmtpPassword, changed, cancellationToken);
        await PutSecretAsync(settings, Keys.NotifyApiKey, NotifyApiKey, RemoveNotifyApiKey, changed, cancellationToken);
        return $"Provider {Provider}; changed: {(changed.Count == 0 ? "nothing" : string.Join(", ", changed))}";
    }

    private int? Port => int.TryParse(SmtpPort, NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;

    /// <summary>A new value replaces the saved one; "remove" (offered only when one is saved) with no new value deletes it; else it stays.</summary>
    private static async Task PutSecretAsync(
        ISiteSettings settings, string key, string? value, bool remove, List<string> changed, CancellationToken cancellationToken)
    {
        if (value is not null)
        {
            await settings.SetSecretAsync(key, value, cancellationToken);
            changed.Add($"{key} (replaced)");
        }
        else if (remove)
        {
            await settings.RemoveSecretAsync(key, cancellationToken);
            changed.Add($"{key} (removed)");
        }
    }

    /// <summary>A bare address (no display name) that both .NET and MimeKit, which sends it, accept.</summary>
    private static bool IsEmailAddress(string value) =>
        value.Length <= 256
        && MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0
        && MailboxAddress.TryParse(value, out var mailbox) && mailbox.Address == value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
