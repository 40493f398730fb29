using Microsoft.AspNetCore.Identity;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Links;
using Perspective.Users.Data;
using Perspective.Users.Passwords;

namespace Perspective.Users.Account;

/// <summary>
/// Changing one's email address: a link to the new address proves it is theirs, a notice to the old
/// one warns them if it was not them, and the address only changes when the link is followed.
/// </summary>
public sealed class EmailChanges(
    TenantDbContext db,
    UserManager<PerspectiveUser> users,
    AccountTokens tokens,
    IEmailOutbox outbox,
    IPortalLinks links,
    IAuditLog audit)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public const string AddressTaken = "An account already exists for this email address";

    /// <summary>Whether the address is free for this user to move to; the caller has checked the current password.</summary>
    public async Task<string?> ProblemAsync(PerspectiveUser user, string newEmail)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.Equals(users.NormalizeEmail(newEmail), user.NormalizedEmail, StringComparison.Ordinal))
        {
            return "Enter an email address that is different from your current one";
        }

        return await users.FindByEmailAsync(newEmail) is null ? null : AddressTaken;
    }

    /// <summary>Sends the confirmation link to the new address and the notice to the old one.</summary>
    public async Task RequestAsync(PerspectiveUser user, string newEmail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.EmailChange, Lifetime, user.Id, newEmail, cancellationToken);
        await outbox.QueueAsync(UsersEmailKinds.EmailChangeConfirm, new EmailRecipient(newEmail, user.DisplayName, user.Id), new Dictionary<string, string>
        {
            ["name"] = user.DisplayName,
            ["new_email"] = newEmail,
            ["link"] = links.Link("/account/confirm-email/" + token).ToString(),
        }, cancellationToken);
        await outbox.QueueAsync(UsersEmailKinds.EmailChangeNotice, new EmailRecipient(user.Email!, user.DisplayName, user.Id), new Dictionary<string, string>
        {
            ["name"] = user.DisplayName,
            ["new_email"] = newEmail,
        }, cancellationToken);
        audit.Record(UsersEvents.EmailChangeRequested, "user", user.Id, $"New email: {newEmail}");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The confirmation link, when it can still be used and belongs to the signed-in user.</summary>
    public async Task<FoundToken?> FindAsync(string? token, string? userId, CancellationToken cancellationToken = default) =>
        await tokens.FindUsableAsync(token, AccountTokenPurpose.EmailChange, cancellationToken) is { } found
        && found.User.Id == userId && found.Token.NewEmail is not null
            ? found
            : null;

    /// <summary>Moves the account to the new address; returns why not when someone took it meanwhile, changing nothing.</summary>
    public async Task<string?> ConfirmAsync(FoundToken found, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(found);
        var (token, user) = found;
        var newEmail = token.NewEmail!;
        if (await users.FindByEmailAsync(newEmail) is not null)
        {
            return AddressTaken;
        }

        var oldEmail = user.Email;
        user.Email = newEmail;
        user.UserName = newEmail;
        user.NormalizedEmail = users.NormalizeEmail(newEmail);
        user.NormalizedUserName = users.NormalizeName(newEmail);
        user.EmailConfirmed = true;
        user.SecurityStamp = PasswordSetter.NewStamp();
        user.ConcurrencyStamp = PasswordSetter.NewStamp();
        audit.Record(UsersEvents.EmailChanged, "user", user.Id, $"From {oldEmail} to {newEmail}");
        return await tokens.UseAndSaveAsync(token, cancellationToken) ? null : AccountTokens.LinkUsed;
    }
}
