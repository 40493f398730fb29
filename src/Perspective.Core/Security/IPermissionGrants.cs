namespace Perspective.Core.Security;

/// <summary>Answers which permissions a set of roles holds in the current tenant.</summary>
public interface IPermissionGrants
{
    Task<bool> RolesGrantAsync(IReadOnlyCollection<string> roles, string permissionName, CancellationToken cancellationToken = default);
}
