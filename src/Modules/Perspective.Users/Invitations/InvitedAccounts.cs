using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Security;

namespace Perspective.Users.Invitations;

/// <summary>
/// Finds an invited (not yet activated) account for someone managing it, under the same rule as
/// user administration: LA admins for every organisation, headteachers for their own school.
/// Null (so the page answers 404) for an unknown id, someone else's school, or an account that is
/// not invited any more.
/// </summary>
public sealed class InvitedAccounts(TenantDbContext db, IPermissionGrants grants)
{
    public async Task<PerspectiveUser?> FindAsync(ClaimsPrincipal manager, string id, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is not { Status: AccountStatus.Invited })
        {
            return null;
        }

        return await grants.AllowsAsync(manager, user.OrganisationId, UsersPermissions.ManageUsers, UsersPermissions.ManageOwnSchoolUsers, cancellationToken)
            ? user
            : null;
    }
}
