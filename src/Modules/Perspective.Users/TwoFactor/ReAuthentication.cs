using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;

namespace Perspective.Users.TwoFactor;

/// <summary>
/// Asks for the password again before two-factor changes (ASVS 7.5.1). A wrong password is an
/// error against the page's <c>Password</c> field and an audit event.
/// </summary>
public sealed class ReAuthentication(UserManager<PerspectiveUser> users, IAuditLog audit)
{
    public const string PasswordField = "Password";

    public async Task<bool> CheckAsync(PageModel page, PerspectiveUser user, string? password)
    {
        if (password is not null && await users.CheckPasswordAsync(user, password))
        {
            return true;
        }

        await audit.RecordNowAsync(UsersEvents.TwoFactorPasswordFailed, "user", user.Id);
        page.ModelState.AddModelError(PasswordField, "The password is not correct");
        return false;
    }
}
