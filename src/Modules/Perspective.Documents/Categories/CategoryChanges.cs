using System.Globalization;

namespace Perspective.Documents.Categories;

/// <summary>What an edit changed, for the audit trail: one phrase per answer that differs.</summary>
public static class CategoryChanges
{
    public static IReadOnlyList<string> Between(CategoryDraft before, CategoryDraft after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        Compare("name", before.Name, after.Name);
        if (before.Description != after.Description)
        {
            // Descriptions can be long; the trail says it changed, the page shows what it is now.
            changes.Add("description changed");
        }

        Compare("senders", List(before.Senders), List(after.Senders));
        Compare("recipients", List(before.Recipients), List(after.Recipients));
        Compare("two-factor", YesNo(before.RequiresTwoFactor), YesNo(after.RequiresTwoFactor));
        Compare("retention", Retention(before.RetentionDays), Retention(after.RetentionDays));
        Compare("file types", List(before.FileTypes), List(after.FileTypes));
        Compare("maximum size", $"{before.MaxSizeMB} MB", $"{after.MaxSizeMB} MB");
        return changes;

        void Compare(string what, string was, string now)
        {
            if (was != now)
            {
                changes.Add($"{what}: {was} -> {now}");
            }
        }
    }

    public static string Retention(int? days) =>
        days is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d} days") : "keep until deleted";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string List(IEnumerable<string> items) => items.Any() ? string.Join(", ", items) : "none";
}
