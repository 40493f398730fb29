namespace Perspective.Roles.Pages;

/// <summary>Where each role's pages live; names are escaped because they may hold spaces.</summary>
internal static class RolePaths
{
    public const string Overview = "~/admin/roles";

    public static string Edit(string name) => $"~/admin/roles/{Uri.EscapeDataString(name)}";

    public static string Delete(string name) => $"~/admin/roles/{Uri.EscapeDataString(name)}/delete";
}
