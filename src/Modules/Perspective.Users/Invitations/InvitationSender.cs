using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Email;
using Perspective.Core.Links;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Users.Account;
using Perspective.Users.Data;
using Perspective.Users.Passwords;

namespace Perspective.Users.Invitations;

/// <summary>
/// Sends, resends and cancels invitations. Each one commits in a single SaveChanges: the account,
/// its role, the link, the email and the audit event all happen or none does.
/// </summary>
public sealed class InvitationSender(
    TenantDbContext db,
    UserManager<PerspectiveUser> users,
    RoleManager<IdentityRole> roles,
    AccountTokens tokens,
    IEmailOutbox outbox,
    IPortalLinks links,
    IAuditLog audit,
    TimeProvider time)
{
    /// <summary>Who a new tenant's first invitation says it is from: nobody in that tenant has an account yet.</summary>
    public const string FirstAdministratorInviter = "Platform administration";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Creates the invited account (no password, not activated) and sends its link. The caller has checked the answers.</summary>
    public async Task<PerspectiveUser> SendAsync(Inviter inviter, OrganisationInfo organisation, InvitationAnswers answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inviter);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(answers);
        return await InviteAsync(inviter, organisation.Id, organisation.Name, answers, cancellationToken);
    }

    /// <summary>
    /// Invites a new tenant's first administrator, as LA admin of no one organisation (like the
    /// administrator setup creates), once its setup recipe has run. The link is to this tenant, and
    /// activation asks for two-factor as the role requires. Platform admin is never given: it is the
    /// default tenant's alone.
    /// </summary>
    public Task<PerspectiveUser> SendToFirstAdministratorAsync(string email, string localAuthorityName, CancellationToken cancellationToken = default) =>
        InviteAsync(
            new Inviter(null, FirstAdministratorInviter, EveryOrganisation: true, null),
            null,
            $"{localAuthorityName}, as its administrator",
            new InvitationAnswers("", email, email, BuiltInRoles.LaAdmin),
            cancellationToken);

    private async Task<PerspectiveUser> InviteAsync(Inviter inviter, string? organisationId, string organisationName, InvitationAnswers answers, CancellationToken cancellationToken)
    {
        var user = new PerspectiveUser
        {
            DisplayName = answers.FullName,
            Email = answers.Email,
            UserName = answers.Email,
            NormalizedEmail = users.NormalizeEmail(answers.Email),
            NormalizedUserName = users.NormalizeName(answers.Email),
            OrganisationId = organisationId,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
            SecurityStamp = PasswordSetter.NewStamp(),
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = await RoleIdAsync(answers.Role) });
        await SendLinkAsync(user, organisationName, inviter, cancellationToken);
        audit.Record(UsersEvents.Invited, "user", user.Id, $"Email: {user.Email}; organisation: {organisationId ?? "none"}; role: {answers.Role}");
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>Withdraws the earlier links and sends a new one, valid for another 7 days.</summary>
    public async Task ResendAsync(Inviter inviter, PerspectiveUser user, string organisationName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendLinkAsync(user, organisationName, inviter, cancellationToken);
        audit.Record(UsersEvents.InvitationResent, "user", user.Id, $"Email: {user.Email}");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Withdraws the links and deletes the account, which was never used.</summary>
    public async Task CancelAsync(PerspectiveUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await tokens.CancelAsync(user.Id, AccountTokenPurpose.Invitation, cancellationToken);
        db.Users.Remove(user);
        audit.Record(UsersEvents.InvitationCancelled, "user", user.Id, $"Email: {user.Email}");
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SendLinkAsync(PerspectiveUser user, string organisationName, Inviter inviter, CancellationToken cancellationToken)
    {
        var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.Invitation, Lifetime, inviter.UserId, cancellationToken: cancellationToken);
        var expires = time.GetUtcNow().UtcDateTime + Lifetime;
        await outbox.QueueAsync(UsersEmailKinds.Invitation, new EmailRecipient(user.Email!, user.DisplayName, user.Id), new Dictionary<string, string>
        {
            ["name"] = user.DisplayName,
            ["organisation"] = organisationName,
            ["inviter"] = inviter.Name,
            ["link"] = links.Link("/activate/" + token).ToString(),
            ["expires"] = expires.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
        }, cancellationToken);
    }

    /// <summary>The role's id, adding a built-in role that this tenant's recipe did not create.</summary>
    private async Task<string> RoleIdAsync(string name)
    {
        if (await roles.FindByNameAsync(name) is { } existing)
        {
            return existing.Id;
        }

        var role = new IdentityRole(name) { NormalizedName = roles.NormalizeKey(name) };
        db.Roles.Add(role);
        return role.Id;
    }
}
