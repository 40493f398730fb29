using Perspective.Core.Modules;

namespace Perspective.Core.Security;

/// <summary>
/// Every permission the modules declare, with the built-in roles that hold it by default. The roles
/// module stores what LA admins change; a built-in role nobody has edited still holds these.
/// </summary>
public sealed class DeclaredPermissions
{
    private readonly ILookup<string, string> _rolesByPermission;

    public DeclaredPermissions(ModuleCatalog catalog)
    {
        All = catalog.Contributions
            .SelectMany(c => c.Startup.Permissions.Select(d => (Module: c.ModuleName, Declaration: d)))
            .Select(x => new PermissionOfModule(x.Module, x.Declaration.Permission, x.Declaration.DefaultRoles, x.Declaration.Scope))
            .ToList();
        _rolesByPermission = All
            .SelectMany(p => p.DefaultRoles.Select(role => (p.Permission.Name, role)))
            .ToLookup(x => x.Name, x => x.role, StringComparer.Ordinal);
    }

    /// <summary>Every declared permission in module order.</summary>
    public IReadOnlyList<PermissionOfModule> All { get; }

    public bool IsDeclared(string permissionName) => All.Any(p => p.Permission.Name == permissionName);

    /// <summary>Whose roles may hold the permission; an undeclared one is treated as the narrowest.</summary>
    public PermissionScope ScopeOf(string permissionName) =>
        All.FirstOrDefault(p => p.Permission.Name == permissionName)?.Scope ?? PermissionScope.Platform;

    /// <summary>The permissions a built-in role holds until an LA admin changes it.</summary>
    public IReadOnlyList<string> DefaultsFor(string role) =>
        All.Where(p => p.DefaultRoles.Contains(role, StringComparer.Ordinal)).Select(p => p.Permission.Name).ToList();

    public bool DefaultRolesGrant(IEnumerable<string> roles, string permissionName) =>
        roles.Any(role => _rolesByPermission[permissionName].Contains(role, StringComparer.Ordinal));
}

/// <summary>A permission with the module that declares it.</summary>
public sealed record PermissionOfModule(string Module, Permission Permission, IReadOnlyList<string> DefaultRoles, PermissionScope Scope);
