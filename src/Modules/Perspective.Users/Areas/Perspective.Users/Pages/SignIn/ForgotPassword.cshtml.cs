using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perspective.Core.Security;
using Perspective.Users.Account;

namespace Perspective.Users.Pages.SignIn;

/// <summary>
/// "Forgotten your password?". The next page says the same whether or not the address has an
/// account; only an active account gets an email. Rate limited as sign-in is.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ForgotPasswordModel(PasswordResets resets) : PageModel
{
    public const string SentKey = "Perspective.Users.ResetSentTo";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? Email { get; set; }

    [TempData(Key = SentKey)]
    public string? SentTo { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email!.Trim();
        await resets.RequestAsync(email, cancellationToken);
        SentTo = email;
        return LocalRedirect(Url.Content("~/sign-in/forgot-password/sent"));
    }
}
