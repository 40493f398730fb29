using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perspective.Users.Account;
using Perspective.Users.Passwords;

namespace Perspective.Users.Pages.ResetPassword;

/// <summary>
/// The reset link: a new password, then the sign-in page with a success banner. It never signs
/// anyone in, so the person signs in with the new password and passes two-factor as usual.
/// </summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(PasswordResets resets, PasswordSetter passwords) : NewPasswordForm
{
    public const string SignInBannerKey = "Perspective.Users.SignInBanner";

    public bool Usable { get; private set; }

    [TempData(Key = SignInBannerKey)]
    public string? SignInBanner { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Usable = await resets.FindAsync(token, cancellationToken) is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var found = await resets.FindAsync(token, cancellationToken);
        Usable = found is not null;
        if (found is null || !await CheckAsync(passwords, found.User))
        {
            return Page();
        }

        if (await resets.ResetAsync(found, Password!, cancellationToken) is [var problem, ..])
        {
            // Another request used the link a moment ago: show the expired page, as for any used link.
            Usable = problem != AccountTokens.LinkUsed;
            ModelState.AddModelError(nameof(Password), problem);
            return Page();
        }

        SignInBanner = "Your password has been reset. Sign in with your new password";
        return LocalRedirect(Url.Content("~/sign-in"));
    }
}
