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

/// <summary>The second step of signing in without the phone: one of the person's single-use recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class RecoveryCodeModel(IPartialSignIn partial, RecoveryCodes codes, UserManager<PerspectiveUser> users, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter a recovery code")]
    [StringLength(30, ErrorMessage = "Enter a recovery code, like abcde-fghjk")]
    public string? RecoveryCode { get; set; }

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
            ModelState.AddModelError(nameof(RecoveryCode), "You have entered too many wrong codes. Wait 15 minutes, then sign in again");
            return Page();
        }

        if (!await codes.TryUseAsync(user.Id, RecoveryCode))
        {
            await users.AccessFailedAsync(user);
            await audit.RecordNowAsync("users.sign-in.recovery-code-failed", "user", user.Id);
            ModelState.AddModelError(nameof(RecoveryCode), "The recovery code is not correct or has already been used");
            return Page();
        }

        audit.Record("users.sign-in.recovery-code-used", "user", user.Id, $"{await codes.UnusedAsync(user.Id) - 1} recovery codes left");
        await users.ResetAccessFailedCountAsync(user);
        await partial.CompleteAsync(HttpContext, user);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
    }
}
