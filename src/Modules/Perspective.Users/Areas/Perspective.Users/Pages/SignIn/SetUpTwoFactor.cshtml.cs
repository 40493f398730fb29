using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Users.Demo;
using Perspective.Users.SignIn;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.Pages.SignIn;

/// <summary>
/// At sign-in, for someone whose role requires two-factor and who has not set it up (a first sign-in
/// after an invitation, or after an admin reset it): set it up now, then they are signed in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SetUpTwoFactorModel(
    IPartialSignIn partial,
    Authenticator authenticator,
    AuthenticatorSetUp setUp,
    RecoveryCodes recoveryCodes,
    UserManager<PerspectiveUser> users,
    DemoPasswords demoPasswords,
    ITenantContext tenant,
    IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    [StringLength(20, ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    public string? Code { get; set; }

    [BindProperty]
    public string? SealedKey { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public AuthenticatorSetUpView SetUp { get; private set; } = null!;

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <summary>After first-run setup with the demonstration recipe, its accounts' passwords: shown to the administrator here, once.</summary>
    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/");

    public async Task<IActionResult> OnGetAsync()
    {
        if (await partial.CurrentAsync(HttpContext) is not { MustSetUp: true } current)
        {
            return RedirectToPage("/SignIn/Index");
        }

        SetUp = authenticator.NewSetUp(current.User);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await partial.CurrentAsync(HttpContext) is not { MustSetUp: true } current)
        {
            return RedirectToPage("/SignIn/Index");
        }

        var user = current.User;
        var attempt = setUp.Check(user, SealedKey, Code);
        SetUp = attempt.View;
        if (!attempt.Succeeded)
        {
            ModelState.Remove(nameof(Code));
            ModelState.AddModelError(nameof(Code), attempt.CodeProblem!);
            return Page();
        }

        setUp.Keep(user, attempt);
        RecoveryCodes = await recoveryCodes.ReplaceAsync(user.Id);
        audit.Record(UsersEvents.TwoFactorEnabled, "user", user.Id, "Set up at sign-in");
        await users.UpdateAsync(user);
        await partial.CompleteAsync(HttpContext, user);
        DemoAccounts = demoPasswords.TakeFor(tenant.Current.Name, user.Id);
        return Page();
    }
}
