using Microsoft.AspNetCore.Identity;
using Perspective.Core.Accounts;

namespace Perspective.Users.Passwords;

/// <summary>
/// Perspective's rules beside Identity's length check: not too long, not on the list of common
/// passwords, and not the person's email address nor containing its local part. Case is ignored.
/// </summary>
internal sealed class CommonPasswordValidator(PerspectiveErrorDescriber errors) : IPasswordValidator<PerspectiveUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PerspectiveUser> manager, PerspectiveUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        password ??= "";
        var problems = new List<IdentityError>();
        if (password.Length > PasswordRules.MaximumLength)
        {
            problems.Add(errors.PasswordTooLong(PasswordRules.MaximumLength));
        }
        else if (password.Length >= PasswordRules.MinimumLength && CommonPasswords.Contains(password))
        {
            problems.Add(errors.PasswordIsCommon());
        }
        else if (ContainsEmail(password, user.Email))
        {
            problems.Add(errors.PasswordContainsEmail());
        }

        return Task.FromResult(problems.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. problems]));
    }

    private static bool ContainsEmail(string password, string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return false;
        }

        if (string.Equals(password, email, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var localPart = email.Split('@')[0];
        return localPart.Length >= PasswordRules.ShortestLocalPartLookedFor && password.Contains(localPart, StringComparison.OrdinalIgnoreCase);
    }
}
