namespace Perspective.Core.Security;

/// <summary>Answers which permissions a set of roles holds.</summary>
public interface IPermissionGrants
{
    bool RolesGrant(IEnumerable<string> roles, string permissionName);
}
