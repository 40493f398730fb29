using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perspective.Core.Audit;
using Perspective.Core.Security;

namespace Perspective.Users.Pages.SignIn;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(IAuditLog audit) : PageModel
{
    /// <summary>One message for every refusal, so it never tells whether an address has an account.</summary>
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

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // No account store exists yet (it arrives with the accounts work), so no password matches.
        await audit.RecordNowAsync("users.sign-in.failed", details: "No matching account");
        ModelState.AddModelError(nameof(Email), CredentialsRejected);
        return Page();
    }
}
