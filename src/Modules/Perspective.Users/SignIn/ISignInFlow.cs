using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;

namespace Perspective.Users.SignIn;

/// <summary>
/// What happens once a person has proved their password (at sign-in, or by setting it from an
/// invitation): a two-factor code if they have it, setting it up if their role requires it, else
/// a new session. Every path into the portal goes through here.
/// </summary>
public interface ISignInFlow
{
    Task<IActionResult> PasswordVerifiedAsync(PageModel page, PerspectiveUser user, string? returnUrl);
}
