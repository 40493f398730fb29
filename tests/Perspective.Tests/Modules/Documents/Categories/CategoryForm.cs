namespace Perspective.Tests.Modules.Documents.Categories;

/// <summary>The category form's fields as a browser posts them, ticked boxes repeating their name.</summary>
public static class CategoryForm
{
    public static List<(string Name, string Value)> Good(string name = "Visit records") =>
    [
        ("Name", name),
        ("Description", "Notes of visits"),
        ("Senders", "LA officer"),
        ("Recipients", "Headteacher"),
        ("Recipients", "School user"),
        ("RequiresTwoFactor", "no"),
        ("Retention", "days"),
        ("RetentionDays", "2190"),
        ("FileTypes", "pdf"),
        ("FileTypes", "docx"),
        ("MaxSizeMB", "50"),
    ];

    /// <summary>The fields with every value of <paramref name="field"/> replaced by <paramref name="values"/> (none removes it).</summary>
    public static List<(string Name, string Value)> With(this List<(string Name, string Value)> fields, string field, params string[] values) =>
        [.. fields.Where(f => f.Name != field), .. values.Select(v => (field, v))];
}
