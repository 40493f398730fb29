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

/// <summary>The second step of signing in: a code from the person's authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorModel(SecondStep secondStep, Authenticator authenticator, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    [StringLength(20, ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    public string? Code { get; set; }

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

        if (ModelState.IsValid && Authenticator.Normalise(Code) is null)
        {
            ModelState.AddModelError(nameof(Code), "Enter the 6-digit code from your authenticator app");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await secondStep.TryAsync(HttpContext, user, () => Task.FromResult(authenticator.TryUseCode(user, Code)), UsersEvents.SignInTwoFactorFailed);
        switch (outcome)
        {
            case SecondStepOutcome.SignedIn:
                await audit.RecordNowAsync(UsersEvents.SignInSucceeded, "user", user.Id, "With two-factor");
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
            case SecondStepOutcome.LockedOut:
                ModelState.AddModelError(nameof(Code), SecondStep.TooManyWrongCodes);
                return Page();
            default:
                ModelState.AddModelError(nameof(Code), "The code is not correct or has already been used. Enter the code your app shows now");
                return Page();
        }
    }
}
