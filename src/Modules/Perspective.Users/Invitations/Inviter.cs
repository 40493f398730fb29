using System.Security.Claims;
using Perspective.Core.Security;

namespace Perspective.Users.Invitations;

/// <summary>
/// Who is inviting, and for which organisations: every organisation (LA admins, with
/// <see cref="UsersPermissions.ManageUsers"/>) or only their own school (headteachers, with
/// <see cref="UsersPermissions.ManageOwnSchoolUsers"/>).
/// </summary>
public sealed record Inviter(string? UserId, string Name, bool EveryOrganisation, string? OwnOrganisationId)
{
    /// <summary>The inviter the signed-in user is, or null when they may not invite anyone.</summary>
    public static async Task<Inviter?> FindAsync(IPermissionGrants grants, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var name = user.Identity?.Name ?? "An administrator";
        if (await grants.HoldsAsync(user, UsersPermissions.ManageUsers, cancellationToken))
        {
            return new Inviter(user.UserId(), name, EveryOrganisation: true, user.OrganisationId());
        }

        return user.OrganisationId() is { } own && await grants.HoldsAsync(user, UsersPermissions.ManageOwnSchoolUsers, cancellationToken)
            ? new Inviter(user.UserId(), name, EveryOrganisation: false, own)
            : null;
    }
}
