using Microsoft.AspNetCore.Identity;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Links;
using Perspective.Users.Data;
using Perspective.Users.Passwords;
using Perspective.Users.Sessions;

namespace Perspective.Users.Account;

/// <summary>
/// "Forgotten your password?": a one-hour, single-use link by email to an active account, and
/// setting the new password from it. A reset ends every session and never signs anyone in, so it
/// can never be a way round two-factor.
/// </summary>
public sealed class PasswordResets(
    TenantDbContext db,
    UserManager<PerspectiveUser> users,
    AccountTokens tokens,
    PasswordSetter passwords,
    IUserSessions sessions,
    IEmailOutbox outbox,
    IPortalLinks links,
    IAuditLog audit)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// Sends a link when the address belongs to an active account, and only records the request
    /// otherwise. Run after the page has answered (<see cref="ForgottenPasswordRequests"/>), so there is
    /// no request to take the IP address from: <paramref name="ipAddress"/> is the page's.
    /// </summary>
    public async Task RequestAsync(string email, string? ipAddress, CancellationToken cancellationToken = default)
    {
        var from = ipAddress is null ? "" : $"From {ipAddress}. ";
        var user = await users.FindByEmailAsync(email);
        if (user is not { Status: AccountStatus.Active })
        {
            await audit.RecordNowAsync(UsersEvents.PasswordResetNotSent, user is null ? null : "user", user?.Id,
                from + (user is null ? "No account with that email address" : $"Account is {user.Status.ToString().ToLowerInvariant()}"), cancellationToken);
            return;
        }

        var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.PasswordReset, Lifetime, cancellationToken: cancellationToken);
        await outbox.QueueAsync(UsersEmailKinds.PasswordReset, new EmailRecipient(user.Email!, user.DisplayName, user.Id), new Dictionary<string, string>
        {
            ["name"] = user.DisplayName,
            ["link"] = links.Link("/reset-password/" + token).ToString(),
        }, cancellationToken);
        audit.Record(UsersEvents.PasswordResetRequested, "user", user.Id, ipAddress is null ? null : $"From {ipAddress}");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The reset link and its account, when it can still be used by an active account.</summary>
    public async Task<FoundToken?> FindAsync(string? token, CancellationToken cancellationToken = default) =>
        await tokens.FindUsableAsync(token, AccountTokenPurpose.PasswordReset, cancellationToken) is { User.Status: AccountStatus.Active } found ? found : null;

    /// <summary>Sets the new password and ends every session; returns the policy's objections instead, changing nothing.</summary>
    public async Task<IReadOnlyList<string>> ResetAsync(FoundToken found, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(found);
        var problems = await passwords.ProblemsAsync(found.User, password);
        if (problems.Count > 0)
        {
            return problems;
        }

        passwords.Set(found.User, password);
        audit.Record(UsersEvents.PasswordReset, "user", found.User.Id);
        if (!await tokens.UseAndSaveAsync(found.Token, cancellationToken))
        {
            return [AccountTokens.LinkUsed];
        }

        await sessions.EndAllAsync(found.User.Id, "password reset", cancellationToken);
        return [];
    }
}
