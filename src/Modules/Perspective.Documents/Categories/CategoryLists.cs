namespace Perspective.Documents.Categories;

/// <summary>The comma-separated lists a category stores its roles and file types in.</summary>
public static class CategoryLists
{
    public static IReadOnlyList<string> Split(string? stored) =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> items) => string.Join(',', items);

    /// <summary>A list as people read it: <c>Headteacher, School user</c>.</summary>
    public static string Readable(string? stored) => string.Join(", ", Split(stored));

    /// <summary>File types as people read them: <c>PDF, DOCX</c>.</summary>
    public static string FileTypes(string? stored) => string.Join(", ", Split(stored).Select(e => e.ToUpperInvariant()));
}
