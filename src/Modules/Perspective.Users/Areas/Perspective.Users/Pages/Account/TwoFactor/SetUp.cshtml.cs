using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Security;
using Perspective.Users.Sessions;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.Pages.Account.TwoFactor;

/// <summary>Sets two-factor up, or moves it to a new phone; the password is asked again first (ASVS 7.5.1).</summary>
public sealed class SetUpModel(
    UserManager<PerspectiveUser> users,
    Authenticator authenticator,
    AuthenticatorSetUp setUp,
    ReAuthentication reAuthentication,
    RecoveryCodes recoveryCodes,
    IUserSessions sessions,
    IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    [StringLength(20, ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    public string? Code { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [StringLength(1024, ErrorMessage = "Password must be 1024 characters or fewer")]
    public string? Password { get; set; }

    [BindProperty]
    public string? SealedKey { get; set; }

    public bool Replacing { get; private set; }

    public AuthenticatorSetUpView SetUp { get; private set; } = null!;

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        Replacing = user.TwoFactorEnabled;
        SetUp = authenticator.NewSetUp(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        Replacing = user.TwoFactorEnabled;
        var attempt = setUp.Check(user, SealedKey, Code);
        SetUp = attempt.View;
        if (!attempt.Succeeded)
        {
            ModelState.Remove(nameof(Code));
            ModelState.AddModelError(nameof(Code), attempt.CodeProblem!);
        }

        if (!ModelState.IsValid || !await reAuthentication.CheckAsync(this, user, Password))
        {
            return Page();
        }

        setUp.Keep(user, attempt);
        RecoveryCodes = await recoveryCodes.ReplaceAsync(user.Id);
        audit.Record(Replacing ? UsersEvents.TwoFactorReplaced : UsersEvents.TwoFactorEnabled, "user", user.Id);
        await users.UpdateAsync(user);
        await sessions.EndOthersAsync(user.Id, User.FindFirst(PerspectiveClaimTypes.Session)?.Value, "two-factor changed");
        return Page();
    }
}
