namespace Perspective.Users.Pages.Admin.Users;

/// <summary>Where the user administration pages live.</summary>
internal static class UserPaths
{
    public const string List = "~/admin/users";

    public static string Account(string id) => $"~/admin/users/{Uri.EscapeDataString(id)}";

    public static string Roles(string id) => $"~/admin/users/{Uri.EscapeDataString(id)}/roles";

    public static string Deactivate(string id) => $"~/admin/users/{Uri.EscapeDataString(id)}/deactivate";

    public static string Invitation(string id) => $"~/admin/users/{Uri.EscapeDataString(id)}/invitation";
}

/// <summary>The success message an account page shows once, after the action that redirected to it.</summary>
internal static class UserBanner
{
    public const string Key = "Perspective.Users.AdminBanner";
}
