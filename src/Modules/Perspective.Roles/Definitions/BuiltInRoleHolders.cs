using Perspective.Core.Security;
using Perspective.Roles.Data;

namespace Perspective.Roles.Definitions;

/// <summary>Whose users may hold each built-in role: the platform, an LA team or a school.</summary>
public static class BuiltInRoleHolders
{
    public static RoleHolders For(string builtInRole) => builtInRole switch
    {
        BuiltInRoles.PlatformAdmin => RoleHolders.Platform,
        BuiltInRoles.Headteacher or BuiltInRoles.SchoolUser or BuiltInRoles.SchoolStaff => RoleHolders.School,
        _ => RoleHolders.LaTeam,
    };

    public static bool IsBuiltIn(string name) => BuiltInRoles.All.Contains(name, StringComparer.Ordinal);

    /// <summary>Whether a proposed custom role's name is a built-in's, whatever its case.</summary>
    public static bool IsBuiltInName(string name) => BuiltInRoles.All.Contains(name, StringComparer.OrdinalIgnoreCase);
}
