using Microsoft.AspNetCore.Identity;
using Perspective.Core.Accounts;

namespace Perspective.Users.Passwords;

/// <summary>
/// Checks a new password against the policy and sets it on a tracked user, without saving, so
/// that setting a password commits in one SaveChanges with the token, the audit event and any email.
/// </summary>
public sealed class PasswordSetter(UserManager<PerspectiveUser> users)
{
    /// <summary>Every validator's objections, in the order they are best read: length first.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(PerspectiveUser user, string password)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return problems;
    }

    /// <summary>
    /// Sets the password hash, clears any lockout, and changes the security stamp (so other cookies
    /// are refused at their next validation) and the concurrency stamp (so two requests racing on
    /// one link cannot both succeed).
    /// </summary>
    public void Set(PerspectiveUser user, string password)
    {
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.SecurityStamp = NewStamp();
        user.ConcurrencyStamp = NewStamp();
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
    }

    public static string NewStamp() => Guid.NewGuid().ToString("N").ToUpperInvariant();
}
