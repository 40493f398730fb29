using Perspective.Core.Security;
using Perspective.Roles.Data;

namespace Perspective.Roles.Definitions;

/// <summary>The roles the user pages offer, with whose accounts may hold each.</summary>
public sealed class AssignableRoles(RoleCatalog catalog) : IAssignableRoles
{
    public async Task<IReadOnlyList<AssignableRole>> ListAsync(CancellationToken cancellationToken = default) =>
        (await catalog.ListAsync(cancellationToken))
            .Select(r => new AssignableRole(r.Name, r.Description, r.Holders switch
            {
                RoleHolders.Platform => AccountKind.Platform,
                RoleHolders.School => AccountKind.School,
                _ => AccountKind.LaTeam,
            }))
            .ToList();
}
