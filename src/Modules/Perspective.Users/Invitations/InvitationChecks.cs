using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Organisations;

namespace Perspective.Users.Invitations;

/// <summary>
/// Everything that must hold before an invitation is sent, checked on the form and again at the
/// moment of sending (another admin may have used the last place meanwhile). Format and length are
/// the page's own validation; these are the rules that need the database. The organisation
/// directory (the Organisations module's) is the page's to pass in, so this module's services do
/// not need it to be registered for the host to start.
/// </summary>
public sealed class InvitationChecks(
    TenantDbContext db,
    UserManager<PerspectiveUser> users,
    SharedMailboxes sharedMailboxes,
    InvitableRoles invitableRoles)
{
    public const string OrganisationField = "Organisation";
    public const string EmailField = "Email";
    public const string RoleField = "Role";

    /// <summary>
    /// The organisation the invitation would be for (found by <paramref name="organisations"/>, which
    /// the page passes in) and the problems with the invitation; no problems means it may be sent.
    /// </summary>
    public async Task<(OrganisationInfo? Organisation, IReadOnlyList<InvitationProblem> Problems)> CheckAsync(
        IOrganisationDirectory organisations, Inviter inviter, string? organisationReference, string? email, string? role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inviter);
        var problems = new List<InvitationProblem>();
        var organisation = await OrganisationAsync(organisations, inviter, organisationReference, problems, cancellationToken);

        if (!string.IsNullOrWhiteSpace(email))
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                problems.Add(new(EmailField, "An account already exists for this email address"));
            }
            else if (await sharedMailboxes.IsSharedAsync(email, cancellationToken))
            {
                problems.Add(new(EmailField,
                    "Enter the email address of one person, not a shared mailbox: each person needs their own account so the portal can record who did what"));
            }
        }

        if (organisation is not null && !string.IsNullOrWhiteSpace(role)
            && !(await invitableRoles.ForAsync(organisation, inviter, cancellationToken)).Contains(role, StringComparer.Ordinal))
        {
            problems.Add(new(RoleField, $"Select a role for {organisation.Name}"));
        }

        if (organisation?.AccountLimit is { } limit)
        {
            var used = await db.Users.CountAsync(u => u.OrganisationId == organisation.Id && u.DeactivatedUtc == null, cancellationToken);
            if (used >= limit)
            {
                problems.Add(new(inviter.EveryOrganisation ? OrganisationField : "",
                    $"{organisation.Name} has {used} of {limit} accounts, its limit. To invite someone, first deactivate an account that is no longer needed"
                    + (inviter.EveryOrganisation ? ", or raise the school's account limit" : ", or ask the Local Authority to raise your school's limit")));
            }
        }

        return (organisation, problems);
    }

    private static async Task<OrganisationInfo?> OrganisationAsync(
        IOrganisationDirectory organisations, Inviter inviter, string? reference, List<InvitationProblem> problems, CancellationToken cancellationToken)
    {
        if (!inviter.EveryOrganisation)
        {
            // A headteacher always invites to their own school: nothing they post can change that.
            var own = inviter.OwnOrganisationId is null ? null : await organisations.FindAsync(inviter.OwnOrganisationId, cancellationToken);
            if (own is null)
            {
                problems.Add(new("", "Your account is not linked to a school, so you cannot invite anyone. Contact the Local Authority"));
            }

            return own;
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            problems.Add(new(OrganisationField, "Enter the school or team's id, URN or DfE number"));
            return null;
        }

        var organisation = await organisations.FindByReferenceAsync(reference.Trim(), cancellationToken);
        if (organisation is null)
        {
            problems.Add(new(OrganisationField, "There is no school or team with that id, URN or DfE number"));
        }
        else if (!organisation.IsOpen)
        {
            problems.Add(new(OrganisationField, organisation.IsProposed
                ? $"{organisation.Name} has not opened yet, so you cannot invite anyone to it"
                : $"{organisation.Name} has closed, so you cannot invite anyone to it"));
        }

        return organisation;
    }
}
