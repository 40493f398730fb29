namespace Perspective.Core.Security;

/// <summary>Grants from the modules' declared defaults only; the roles module replaces this with roles as data.</summary>
public sealed class DefaultPermissionGrants(DeclaredPermissions declared) : IPermissionGrants
{
    public Task<bool> RolesGrantAsync(IReadOnlyCollection<string> roles, string permissionName, CancellationToken cancellationToken = default) =>
        Task.FromResult(declared.DefaultRolesGrant(roles, permissionName));
}
