using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Users.Account;

namespace Perspective.Users.Pages.SignIn;

/// <summary>
/// "Forgotten your password?". The next page says the same whether or not the address has an
/// account; only an active account gets an email. The address is only queued here, and looked up
/// after the response (<see cref="ForgottenPasswordRequests"/>), so the answer takes the same time either
/// way. Rate limited as sign-in is.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ForgotPasswordModel(ForgottenPasswordRequests resets, ITenantContext tenant) : PageModel
{
    public const string SentKey = "Perspective.Users.ResetSentTo";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? Email { get; set; }

    [TempData(Key = SentKey)]
    public string? SentTo { get; set; }

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email!.Trim();
        resets.Enqueue(new PasswordResetRequest(tenant.Current, email, HttpContext.Connection.RemoteIpAddress?.ToString()));
        SentTo = email;
        return LocalRedirect(Url.Content("~/sign-in/forgot-password/sent"));
    }
}
