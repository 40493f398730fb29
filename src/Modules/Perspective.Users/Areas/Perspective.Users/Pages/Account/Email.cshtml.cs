using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Users.Account;
using Perspective.Users.Passwords;

namespace Perspective.Users.Pages.Account;

/// <summary>
/// Asks for a change of email address, after the current password (ASVS 7.5.1). Wrong guesses
/// count towards the account's lockout, as at sign-in.
/// </summary>
public sealed class ChangeEmailModel(UserManager<PerspectiveUser> users, SignInManager<PerspectiveUser> signIn, EmailChanges changes) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your new email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? NewEmail { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your current password")]
    [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Password must be 1024 characters or fewer")]
    public string? CurrentPassword { get; set; }

    public string? CurrentEmail { get; private set; }

    [TempData(Key = AccountModel.BannerKey)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        CurrentEmail = user?.Email;
        return user is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        CurrentEmail = user.Email;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!(await signIn.CheckPasswordSignInAsync(user, CurrentPassword!, lockoutOnFailure: true)).Succeeded)
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Your current password is not correct");
            return Page();
        }

        var newEmail = NewEmail!.Trim();
        if (await changes.ProblemAsync(user, newEmail) is { } problem)
        {
            ModelState.AddModelError(nameof(NewEmail), problem);
            return Page();
        }

        await changes.RequestAsync(user, newEmail, cancellationToken);
        Banner = $"We have sent a link to {newEmail}. Your email address changes when you follow it";
        return LocalRedirect(Url.Content("~/account"));
    }
}
