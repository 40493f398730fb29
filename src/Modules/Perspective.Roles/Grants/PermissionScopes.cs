using Perspective.Core.Security;
using Perspective.Roles.Data;

namespace Perspective.Roles.Grants;

/// <summary>Which permissions a role may hold, from whose accounts hold the role and each permission's scope.</summary>
public static class PermissionScopes
{
    public static bool Allows(RoleHolders holders, PermissionScope scope) => holders switch
    {
        RoleHolders.Platform => true,
        RoleHolders.LaTeam => scope is PermissionScope.LaStaff or PermissionScope.Schools,
        _ => scope is PermissionScope.Schools,
    };

    public static string HeldBy(RoleHolders holders) => holders switch
    {
        RoleHolders.Platform => "platform administrators",
        RoleHolders.LaTeam => "LA staff",
        _ => "school staff",
    };

    public static string WhoFor(PermissionScope scope) => scope switch
    {
        PermissionScope.Platform => "platform administrators",
        PermissionScope.LaStaff => "LA staff",
        _ => "anyone",
    };
}
