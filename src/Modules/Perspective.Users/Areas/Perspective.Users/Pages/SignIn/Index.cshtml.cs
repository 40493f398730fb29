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

namespace Perspective.Users.Pages.SignIn;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(UserManager<PerspectiveUser> users, SignInManager<PerspectiveUser> signIn, ISignInFlow flow, IAuditLog audit) : PageModel
{
    /// <summary>One message for every refusal, so it never tells whether an address has an account or is locked.</summary>
    public const string CredentialsRejected = "Enter a correct email address and password";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [StringLength(1024, ErrorMessage = "Password must be 1024 characters or fewer")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the person was sent here, shown as a banner: <c>timed-out</c> or <c>password-reset</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!);
        if (user is null)
        {
            // Hash anyway, so the time taken does not tell whether the address has an account.
            users.PasswordHasher.HashPassword(new PerspectiveUser { DisplayName = "" }, Password!);
            await audit.RecordNowAsync(UsersEvents.SignInFailed, details: "No account with that email address");
            return Refused();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.RecordNowAsync(UsersEvents.SignInLockedOut, "user", user.Id);
            return Refused();
        }

        if (!result.Succeeded)
        {
            await audit.RecordNowAsync(UsersEvents.SignInFailed, "user", user.Id);
            return Refused();
        }

        if (user.Status != AccountStatus.Active)
        {
            await audit.RecordNowAsync(UsersEvents.SignInFailed, "user", user.Id, $"Account is {user.Status.ToString().ToLowerInvariant()}");
            return Refused();
        }

        var next = await flow.PasswordVerifiedAsync(this, user, ReturnUrl);
        await audit.RecordNowAsync(user.TwoFactorEnabled ? UsersEvents.SignInPasswordAccepted : UsersEvents.SignInSucceeded, "user", user.Id);
        return next;
    }

    private PageResult Refused()
    {
        ModelState.AddModelError(nameof(Email), CredentialsRejected);
        return Page();
    }
}
