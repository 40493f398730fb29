using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.Pages.Account.TwoFactor;

/// <summary>Turns two-factor off, for people whose role does not require it.</summary>
public sealed class TurnOffModel(UserManager<PerspectiveUser> users, RecoveryCodes codes, TwoFactorPolicy policy, ReAuthentication reAuthentication, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [StringLength(1024, ErrorMessage = "Password must be 1024 characters or fewer")]
    public string? Password { get; set; }

    [TempData]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await MayTurnOffAsync() is null ? RedirectToPage("/Account/TwoFactor/Index") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await MayTurnOffAsync() is not { } user)
        {
            return RedirectToPage("/Account/TwoFactor/Index");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await reAuthentication.CheckAsync(this, user, Password))
        {
            return Page();
        }

        user.TwoFactorEnabled = false;
        user.AuthenticatorKeyProtected = null;
        await codes.RemoveAllAsync(user.Id);
        audit.Record(UsersEvents.TwoFactorDisabled, "user", user.Id);
        await users.UpdateAsync(user);
        Banner = "Two-factor authentication is turned off";
        return RedirectToPage("/Account/TwoFactor/Index");
    }

    // Only when it is on and the person's role does not require it.
    private async Task<PerspectiveUser?> MayTurnOffAsync() =>
        await users.GetUserAsync(User) is { TwoFactorEnabled: true } user && !await policy.IsRequiredForAsync(await users.GetRolesAsync(user))
            ? user
            : null;
}
