namespace Perspective.Organisations.Pages;

/// <summary>The success message an organisations page shows once, after the action that redirected to it.</summary>
internal static class OrganisationBanner
{
    public const string Key = "Perspective.Organisations.Banner";
}
