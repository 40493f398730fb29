using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Hosting;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Settings;
using Perspective.Core.Sites;
using Perspective.Email.Sending;
using Perspective.Email.Templates;
using Perspective.Theme.TagHelpers;
using Keys = Perspective.Email.Sending.EmailSettingKeys;

namespace Perspective.Email.Pages.Settings;

/// <summary>
/// How the tenant sends email: the provider and its settings. Passwords and API keys are stored
/// encrypted and never written back into the page. Nothing is saved unless every answer is valid.
/// </summary>
[Authorize(Policy = "Permission:ManageEmail")]
public sealed class EmailSettingsModel(
    ISiteSettings settings, TenantDbContext db, EmailKindCatalog kinds, IAuditLog audit, ISite site, IHostEnvironment environment) : PageModel
{
    // Properties in page order: the error summary lists errors in this order.
    [BindProperty]
    public string? Provider { get; set; }

    [BindProperty]
    public string? FromAddress { get; set; }

    [BindProperty]
    public string? FromName { get; set; }

    [BindProperty]
    public string? ReplyTo { get; set; }

    [BindProperty]
    public string? SmtpHost { get; set; }

    [BindProperty]
    public string? SmtpPort { get; set; }

    [BindProperty]
    public string? SmtpSecurity { get; set; }

    [BindProperty]
    public string? SmtpUsername { get; set; }

    [BindProperty]
    public string? SmtpPassword { get; set; }

    [BindProperty]
    public bool RemoveSmtpPassword { get; set; }

    [BindProperty]
    public string? NotifyApiKey { get; set; }

    [BindProperty]
    public bool RemoveNotifyApiKey { get; set; }

    /// <summary>GOV.UK Notify template ids by kind of email.</summary>
    [BindProperty]
    public Dictionary<string, string?> NotifyTemplates { get; set; } = new(StringComparer.Ordinal);

    [TempData(Key = "Perspective.Email.SettingsBanner")]
    public string? Banner { get; set; }

    public bool SmtpPasswordSaved { get; private set; }

    public bool NotifyApiKeySaved { get; private set; }

    /// <summary>The provider in force now, which may differ from the one on a form that failed validation.</summary>
    public string SavedProvider { get; private set; } = EmailSettings.Pickup;

    /// <summary>Outside Development, a tenant on the pickup folder sends nothing: the page says so.</summary>
    public bool WarnNothingIsSent => SavedProvider == EmailSettings.Pickup && !environment.IsDevelopment();

    public string SiteName => site.Name;

    public IReadOnlyList<EmailKind> Kinds { get; } = kinds.All.OrderBy(k => k.DisplayName, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<SelectListItem> ProviderChoices { get; } =
    [
        new GovUkChoice(EmailSettings.Pickup, "Pickup folder", "Messages are written as .eml files in a folder on the server and are not sent to anyone. For trying the portal out."),
        new GovUkChoice(EmailSettings.Smtp, "SMTP server", "Your organisation's or your email provider's mail server."),
        new GovUkChoice(EmailSettings.Notify, "GOV.UK Notify", "The government's notification service. Each kind of email needs a template in Notify."),
    ];

    public static IReadOnlyList<SelectListItem> SecurityChoices { get; } =
    [
        new GovUkChoice(SmtpSecurityModes.None, "None", "Not encrypted. Only for a server on the same private network."),
        new GovUkChoice(SmtpSecurityModes.SslOnConnect, "SSL on connect", "Encrypted from the start, usually on port 465."),
        new GovUkChoice(SmtpSecurityModes.StartTls, "STARTTLS", "Encryption agreed after connecting, usually on port 587."),
    ];

    /// <summary>The form field of a kind's template id, which its error links to.</summary>
    public static string TemplateField(string kind) => $"{nameof(NotifyTemplates)}[{kind}]";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var saved = await settings.GetAllAsync(cancellationToken);
        string? Saved(string key) => saved.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
        Provider = Saved(Keys.Provider) ?? EmailSettings.Pickup;
        FromAddress = Saved(Keys.FromAddress);
        FromName = Saved(Keys.FromName);
        ReplyTo = Saved(Keys.ReplyTo);
        SmtpHost = Saved(Keys.SmtpHost);
        SmtpPort = Saved(Keys.SmtpPort) ?? "587";
        SmtpSecurity = Saved(Keys.SmtpSecurity) ?? SmtpSecurityModes.StartTls;
        SmtpUsername = Saved(Keys.SmtpUsername);
        NotifyTemplates = Kinds.ToDictionary(k => k.Name, k => Saved(Keys.NotifyTemplate(k.Name)), StringComparer.Ordinal);
        await LoadStateAsync(saved, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await settings.GetAllAsync(cancellationToken);
        await LoadStateAsync(saved, cancellationToken);
        var answers = EmailSettingsAnswers.From(this);
        foreach (var (field, message) in answers.Validate(Kinds, NotifyApiKeySaved))
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            // The page shows a field for every kind, posted or not. What was typed into the
            // password boxes is not sent back: the input tag helper never writes their values.
            foreach (var kind in Kinds)
            {
                NotifyTemplates.TryAdd(kind.Name, null);
            }

            return Page();
        }

        var changes = await answers.SaveAsync(settings, saved, Kinds, cancellationToken);
        audit.Record(EmailEvents.SettingsSaved, "settings", "email", changes);
        await db.SaveChangesAsync(cancellationToken);
        Banner = "Email settings saved";
        return RedirectToPage();
    }

    private async Task LoadStateAsync(IReadOnlyDictionary<string, string> saved, CancellationToken cancellationToken)
    {
        SavedProvider = saved.TryGetValue(Keys.Provider, out var provider) && provider.Length > 0 ? provider : EmailSettings.Pickup;
        SmtpPasswordSaved = await IsSecretSavedAsync(Keys.SmtpPassword, cancellationToken);
        NotifyApiKeySaved = await IsSecretSavedAsync(Keys.NotifyApiKey, cancellationToken);
    }

    private async Task<bool> IsSecretSavedAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await settings.GetSecretAsync(key, cancellationToken) is not null;
        }
        catch (CryptographicException)
        {
            // Saved under keys this server no longer has: there is one, and entering a new one replaces it.
            return true;
        }
    }
}
