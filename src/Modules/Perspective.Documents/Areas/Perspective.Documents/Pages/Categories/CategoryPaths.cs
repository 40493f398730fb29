namespace Perspective.Documents.Pages.Categories;

/// <summary>Where the category pages live.</summary>
internal static class CategoryPaths
{
    public const string Overview = "~/admin/documents/categories";

    public const string New = "~/admin/documents/categories/new";

    public static string Edit(int id) => $"~/admin/documents/categories/{id}";
}
