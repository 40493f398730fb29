namespace Perspective.Documents.Pages.Categories;

/// <summary>The success message the categories overview shows once, after a change redirected to it.</summary>
internal static class CategoriesBanner
{
    public const string Key = "Perspective.Documents.CategoriesBanner";
}
