namespace Perspective.Tenants.Pages.Tenants;

/// <summary>The success message a tenants page shows once, after the action that redirected to it.</summary>
internal static class TenantBanner
{
    public const string Key = "Perspective.Tenants.Banner";
}
