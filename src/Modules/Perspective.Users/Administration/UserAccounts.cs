using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;

namespace Perspective.Users.Administration;

/// <summary>
/// Loads accounts for the person administering them: one account only when they may act on it,
/// and lists only over the organisations they may see.
/// </summary>
public sealed class UserAccounts(TenantDbContext db, IAuthorizationService authorization, IPermissionGrants grants, IRefusalAudit refusals)
{
    /// <summary>
    /// The account, tracked for changes, or null when there is none or the user may not act on it
    /// (pages answer 404). A refusal is audited, so probing for other schools' accounts shows.
    /// </summary>
    public async Task<PerspectiveUser?> FindAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken = default)
    {
        var account = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (account is not null && (await authorization.AuthorizeAsync(user, account, UserAccountOperations.Manage)).Succeeded)
        {
            return account;
        }

        await refusals.RecordAsync(UsersEvents.AccessRefused, "user", id);
        return null;
    }

    /// <summary>Whether the user manages every organisation's accounts, rather than only their own school's.</summary>
    public Task<bool> ManagesEveryOrganisationAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        grants.HoldsAsync(user, UsersPermissions.ManageUsers, cancellationToken);

    /// <summary>The accounts the user may see: all of them, or only their own organisation's.</summary>
    public async Task<IQueryable<PerspectiveUser>> VisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var query = db.Users.AsNoTracking();
        if (await ManagesEveryOrganisationAsync(user, cancellationToken))
        {
            return query;
        }

        var own = user.OrganisationId();
        return own is null ? query.Where(_ => false) : query.Where(u => u.OrganisationId == own);
    }

    /// <summary>Each account's role names, for the accounts on one page.</summary>
    public async Task<ILookup<string, string>> RolesOfAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default) =>
        (await (from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userIds.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken))
        .OrderBy(r => r.Name, StringComparer.Ordinal)
        .ToLookup(r => r.UserId, r => r.Name!, StringComparer.Ordinal);
}
