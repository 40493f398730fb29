using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perspective.Core.Audit;
using Perspective.Core.Security;
using Perspective.Users.SignIn;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.Pages.SignIn;

/// <summary>The second step of signing in without the phone: one of the person's single-use recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class RecoveryCodeModel(SecondStep secondStep, RecoveryCodes codes, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter a recovery code")]
    [StringLength(30, ErrorMessage = "Enter a recovery code, like abcde-fghjk")]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await secondStep.PendingAsync(HttpContext) is null ? RedirectToPage("/SignIn/Index") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await secondStep.PendingAsync(HttpContext) is not { } user)
        {
            return RedirectToPage("/SignIn/Index");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await secondStep.TryAsync(HttpContext, user, () => codes.TryUseAsync(user.Id, RecoveryCode), UsersEvents.SignInRecoveryCodeFailed);
        switch (outcome)
        {
            case SecondStepOutcome.SignedIn:
                await audit.RecordNowAsync(UsersEvents.SignInRecoveryCodeUsed, "user", user.Id, $"{await codes.UnusedAsync(user.Id)} recovery codes left");
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
            case SecondStepOutcome.LockedOut:
                ModelState.AddModelError(nameof(RecoveryCode), SecondStep.TooManyWrongCodes);
                return Page();
            default:
                ModelState.AddModelError(nameof(RecoveryCode), "The recovery code is not correct or has already been used");
                return Page();
        }
    }
}
