using Perspective.Roles.Data;

namespace Perspective.Roles.Definitions;

/// <summary>How pages say who may hold a role.</summary>
public static class RoleHoldersText
{
    public static string Of(RoleHolders holders) => holders switch
    {
        RoleHolders.Platform => "Platform",
        RoleHolders.School => "School",
        _ => "LA team",
    };
}
