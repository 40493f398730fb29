using Perspective.Core.Security;

namespace Perspective.Roles.Definitions;

/// <summary>The declared permissions grouped by the module that declares them, in module order.</summary>
public sealed record PermissionGroup(string Module, string Title, IReadOnlyList<Permission> Permissions)
{
    public static IReadOnlyList<PermissionGroup> Of(DeclaredPermissions declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        return declared.All
            .GroupBy(p => p.Module, StringComparer.Ordinal)
            .Select(g => new PermissionGroup(g.Key, TitleOf(g.Key), g.Select(p => p.Permission).ToList()))
            .ToList();
    }

    /// <summary>"Perspective.Users" reads as "Users" to an LA admin.</summary>
    private static string TitleOf(string module) =>
        module.StartsWith("Perspective.", StringComparison.Ordinal) ? module["Perspective.".Length..] : module;
}
