using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Security;
using Perspective.Users.SignIn;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.Pages.SignIn;

/// <summary>The second step of signing in: a code from the person's authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorModel(IPartialSignIn partial, Authenticator authenticator, UserManager<PerspectiveUser> users, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    [StringLength(20, ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await partial.CurrentAsync(HttpContext) is { MustSetUp: false } ? Page() : RedirectToPage("/SignIn/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await partial.CurrentAsync(HttpContext) is not { MustSetUp: false } current)
        {
            return RedirectToPage("/SignIn/Index");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = current.User;
        if (await users.IsLockedOutAsync(user))
        {
            await audit.RecordNowAsync("users.sign-in.locked-out", "user", user.Id);
            return Refused("You have entered too many wrong codes. Wait 15 minutes, then sign in again");
        }

        if (Authenticator.Normalise(Code) is null)
        {
            return Refused("Enter the 6-digit code from your authenticator app");
        }

        if (!authenticator.TryUseCode(user, Code))
        {
            await users.AccessFailedAsync(user);
            await audit.RecordNowAsync("users.sign-in.two-factor-failed", "user", user.Id);
            return Refused("The code is not correct or has already been used. Enter the code your app shows now");
        }

        await users.ResetAccessFailedCountAsync(user);
        await partial.CompleteAsync(HttpContext, user);
        await audit.RecordNowAsync("users.sign-in.succeeded", "user", user.Id, "With two-factor");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
    }

    private PageResult Refused(string message)
    {
        ModelState.AddModelError(nameof(Code), message);
        return Page();
    }
}
