using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Roles.Data;

namespace Perspective.Roles.Grants;

/// <summary>
/// Roles as data. A role with a definition holds exactly its stored grants; a built-in role nobody
/// has saved yet holds the modules' declared defaults; any other role holds nothing. The tenant's
/// definitions and grants are read once per request (two queries), on the first check.
/// </summary>
public sealed class RoleGrants(TenantDbContext db, DeclaredPermissions declared) : IPermissionGrants
{
    private Dictionary<string, HashSet<string>>? _stored;

    public async Task<bool> RolesGrantAsync(IReadOnlyCollection<string> roles, string permissionName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var stored = _stored ??= await LoadAsync(cancellationToken);
        foreach (var role in roles)
        {
            if (stored.TryGetValue(role, out var grants))
            {
                if (grants.Contains(permissionName))
                {
                    return true;
                }
            }
            else if (BuiltInRoles.All.Contains(role, StringComparer.Ordinal) && declared.DefaultRolesGrant([role], permissionName))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<Dictionary<string, HashSet<string>>> LoadAsync(CancellationToken cancellationToken)
    {
        var holders = await db.Set<RoleDefinition>().AsNoTracking().ToDictionaryAsync(r => r.Name, r => r.Holders, StringComparer.Ordinal, cancellationToken);
        var grants = await db.Set<RoleGrant>().AsNoTracking().ToListAsync(cancellationToken);
        var byRole = holders.Keys.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var grant in grants)
        {
            // A grant outside the permission's scope (a school role holding an LA permission) counts
            // for nothing, however it got into the database.
            if (byRole.TryGetValue(grant.RoleName, out var set) && PermissionScopes.Allows(holders[grant.RoleName], declared.ScopeOf(grant.Permission)))
            {
                set.Add(grant.Permission);
            }
        }

        return byRole;
    }
}
