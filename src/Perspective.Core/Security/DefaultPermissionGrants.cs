using Perspective.Core.Modules;

namespace Perspective.Core.Security;

/// <summary>
/// Grants from the modules' declared defaults. Roles become data that LA admins edit with the
/// accounts module, which replaces this service.
/// </summary>
public sealed class DefaultPermissionGrants : IPermissionGrants
{
    private readonly ILookup<string, string> _rolesByPermission;

    public DefaultPermissionGrants(ModuleCatalog catalog)
    {
        _rolesByPermission = catalog.Modules
            .SelectMany(m => m.Startup.Permissions)
            .SelectMany(d => d.DefaultRoles.Select(role => (d.Permission.Name, role)))
            .ToLookup(x => x.Name, x => x.role, StringComparer.Ordinal);
    }

    public bool RolesGrant(IEnumerable<string> roles, string permissionName) =>
        roles.Any(role => _rolesByPermission[permissionName].Contains(role, StringComparer.Ordinal));
}
