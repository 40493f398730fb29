namespace Perspective.Roles.Pages;

/// <summary>The success message the roles overview shows once, after a change redirected to it.</summary>
internal static class RolesBanner
{
    public const string Key = "Perspective.Roles.Banner";
}
