using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Email.Liquid;
using Perspective.Email.Templates;

namespace Perspective.Email.Pages.Templates;

/// <summary>
/// One kind of email's wording: edit, preview with sample values, save (checked first), reset to
/// the module's default, or send the saved wording to yourself as a test.
/// </summary>
[Authorize(Policy = "Permission:ManageEmail")]
public sealed class EditEmailTemplateModel(
    EmailKindCatalog kinds,
    EmailTemplateStore store,
    IEmailRenderer renderer,
    IEmailOutbox outbox,
    TenantDbContext db,
    IAuditLog audit,
    UserManager<PerspectiveUser> users)
    : PageModel
{
    private const string AuditObjectType = "email-template";

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? HtmlBody { get; set; }

    [BindProperty]
    public string? TextBody { get; set; }

    public EmailKind Kind { get; private set; } = default!;

    public bool IsCustomised { get; private set; }

    /// <summary>The form's wording filled in with the sample values, after Preview.</summary>
    public RenderedEmail? Preview { get; private set; }

    /// <summary>The kind's variables and the standard ones, as the page lists them.</summary>
    public IEnumerable<EmailVariable> Variables => Kind.Variables.Concat(EmailLiquid.StandardVariables);

    [TempData(Key = "Perspective.Email.TemplateBanner")]
    public string? Banner { get; set; }

    /// <summary>What sanitising removed from the HTML of the wording just saved, in words, shown once after the redirect.</summary>
    [TempData(Key = "Perspective.Email.TemplateWarning")]
    public string? Warning { get; set; }

    /// <summary>What sanitising removes from the HTML of the wording being previewed.</summary>
    public string? PreviewWarning { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, cancellationToken))
        {
            return NotFound();
        }

        (Subject, HtmlBody, TextBody) = await SavedWordingAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, cancellationToken))
        {
            return NotFound();
        }

        if (await CheckFormAsync() is { } wording)
        {
            Preview = await SampleAsync(wording, cancellationToken);
            PreviewWarning = Preview is { HtmlRemoved.Count: > 0 } ? EmailHtmlSanitiser.Describe(Preview.HtmlRemoved) : null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, cancellationToken))
        {
            return NotFound();
        }

        if (await CheckFormAsync() is not { } wording || await SampleAsync(wording, cancellationToken) is not { } sample)
        {
            return Page();
        }

        // Saved all the same: what was removed is never sent, and the admin is told what it was.
        Warning = sample.HtmlRemoved.Count > 0 ? EmailHtmlSanitiser.Describe(sample.HtmlRemoved) : null;
        if (await store.PutAsync(Kind.Name, wording, UserName, cancellationToken))
        {
            audit.Record(EmailEvents.TemplateSaved, AuditObjectType, Kind.Name);
            await db.SaveChangesAsync(cancellationToken);
        }

        Banner = $"Your wording for {Kind.DisplayName} is saved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAsync(string kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, cancellationToken))
        {
            return NotFound();
        }

        if (await store.RemoveAsync(Kind.Name, cancellationToken))
        {
            audit.Record(EmailEvents.TemplateReset, AuditObjectType, Kind.Name);
            await db.SaveChangesAsync(cancellationToken);
        }

        Banner = $"{Kind.DisplayName} uses the portal's own wording again";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTestAsync(string kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, cancellationToken))
        {
            return NotFound();
        }

        var address = await EmailAddressAsync();
        if (address is null)
        {
            // The form's fields were not posted: show the saved wording, which is what a test sends.
            (Subject, HtmlBody, TextBody) = await SavedWordingAsync(cancellationToken);
            ModelState.AddModelError("", "Your account has no email address, so we cannot send you a test");
            return Page();
        }

        // No user id: a test goes at once, even to someone whose other emails wait for a daily summary.
        await outbox.QueueAsync(Kind.Name, new EmailRecipient(address, User.Identity?.Name), EmailLiquid.SampleValues(Kind), cancellationToken);
        audit.Record(EmailEvents.TestSent, AuditObjectType, Kind.Name);
        await db.SaveChangesAsync(cancellationToken);
        Banner = $"We have sent a test to {address}";
        return RedirectToPage();
    }

    private string? UserName => User.Identity?.Name is { Length: > 0 } name ? name[..Math.Min(name.Length, 256)] : null;

    private async Task<bool> LoadAsync(string kind, CancellationToken cancellationToken)
    {
        if (kinds.Find(kind) is not { } found)
        {
            return false;
        }

        Kind = found;
        IsCustomised = await store.FindAsync(kind, cancellationToken) is not null;
        return true;
    }

    private async Task<(string, string, string)> SavedWordingAsync(CancellationToken cancellationToken)
    {
        var saved = await store.FindAsync(Kind.Name, cancellationToken);
        var wording = saved is null ? EmailWording.DefaultOf(Kind) : EmailWording.Of(saved);
        return (wording.Subject, wording.HtmlBody, wording.TextBody);
    }

    /// <summary>The wording rendered with the sample values as it would be sent; null, with the reason against the form, past a Liquid limit.</summary>
    private async Task<RenderedEmail?> SampleAsync(EmailWording wording, CancellationToken cancellationToken)
    {
        try
        {
            return await renderer.RenderAsync(wording, EmailLiquid.SampleValues(Kind), cancellationToken);
        }
        catch (LiquidLimitException exception)
        {
            // Checked with the sample values already; the tenant's own name could still tip it over.
            ModelState.AddModelError("", $"Your wording cannot be filled in: it {exception.Message}");
            return null;
        }
    }

    /// <summary>The form's wording when it passes the checker; otherwise each part's first problem goes next to its field, and null.</summary>
    private async Task<EmailWording?> CheckFormAsync()
    {
        var wording = new EmailWording(Subject ?? "", HtmlBody ?? "", TextBody ?? "").Normalised();
        var problems = await EmailTemplateChecker.CheckAsync(Kind, wording);
        foreach (var part in problems.GroupBy(p => p.Part))
        {
            ModelState.AddModelError(FieldOf(part.Key), part.First().Message);
        }

        return problems.Count == 0 ? wording : null;
    }

    private static string FieldOf(EmailTemplatePart part) => part switch
    {
        EmailTemplatePart.Subject => nameof(Subject),
        EmailTemplatePart.HtmlBody => nameof(HtmlBody),
        _ => nameof(TextBody),
    };

    /// <summary>The signed-in user's address: from the sign-in cookie's claim, else from their account.</summary>
    private async Task<string?> EmailAddressAsync()
    {
        if (User.FindFirstValue(ClaimTypes.Email) is { Length: > 0 } claimed)
        {
            return claimed;
        }

        return await users.GetUserAsync(User) is { Email: { Length: > 0 } email } ? email : null;
    }
}
