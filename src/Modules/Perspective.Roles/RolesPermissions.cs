using Perspective.Core.Security;

namespace Perspective.Roles;

public static class RolesPermissions
{
    public static readonly Permission ManageRoles = new("ManageRoles", "Change which permissions each role holds");
}
