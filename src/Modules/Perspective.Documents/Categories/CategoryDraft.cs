using Perspective.Documents.Data;
using Perspective.Files.Checks;

namespace Perspective.Documents.Categories;

/// <summary>
/// A category's answers once checked: roles sorted, file types in the module's own order, so two
/// drafts with the same meaning compare equal and saving one twice changes nothing.
/// </summary>
public sealed record CategoryDraft
{
    public CategoryDraft(
        string name, string description, IEnumerable<string> senders, IEnumerable<string> recipients,
        bool requiresTwoFactor, int? retentionDays, IEnumerable<string> fileTypes, int maxSizeMB)
    {
        Name = name.Trim();
        Description = description.Trim();
        Senders = Sorted(senders);
        Recipients = Sorted(recipients);
        RequiresTwoFactor = requiresTwoFactor;
        RetentionDays = retentionDays;
        var wanted = fileTypes.Select(f => f.Trim().TrimStart('.')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        FileTypes = [.. Perspective.Files.Checks.FileTypes.All.Select(t => t.Extension).Where(wanted.Contains)];
        MaxSizeMB = maxSizeMB;
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<string> Senders { get; }

    public IReadOnlyList<string> Recipients { get; }

    public bool RequiresTwoFactor { get; }

    /// <summary>Null keeps documents until someone deletes them.</summary>
    public int? RetentionDays { get; }

    public IReadOnlyList<string> FileTypes { get; }

    public int MaxSizeMB { get; }

    public static CategoryDraft Of(DocumentCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return new(
            category.Name, category.Description, CategoryLists.Split(category.SenderRoles), CategoryLists.Split(category.RecipientRoles),
            category.RequiresTwoFactor, category.RetentionDays, CategoryLists.Split(category.AllowedExtensions),
            // A size set outside these pages in bytes is shown rounded up, never as less than it allows.
            (int)Math.Min(int.MaxValue, (category.MaxSizeBytes + CategoryLimits.BytesPerMB - 1) / CategoryLimits.BytesPerMB));
    }

    /// <summary>Writes the answers onto the entity (not its dates or archived flag).</summary>
    public void ApplyTo(DocumentCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        category.Name = Name;
        category.Description = Description;
        category.SenderRoles = CategoryLists.Join(Senders);
        category.RecipientRoles = CategoryLists.Join(Recipients);
        category.RequiresTwoFactor = RequiresTwoFactor;
        category.RetentionDays = RetentionDays;
        category.AllowedExtensions = CategoryLists.Join(FileTypes);
        category.MaxSizeBytes = MaxSizeMB * CategoryLimits.BytesPerMB;
    }

    public bool SameAs(CategoryDraft other) =>
        other is not null && Name == other.Name && Description == other.Description
        && Senders.SequenceEqual(other.Senders, StringComparer.Ordinal) && Recipients.SequenceEqual(other.Recipients, StringComparer.Ordinal)
        && RequiresTwoFactor == other.RequiresTwoFactor && RetentionDays == other.RetentionDays
        && FileTypes.SequenceEqual(other.FileTypes, StringComparer.Ordinal) && MaxSizeMB == other.MaxSizeMB;

    private static string[] Sorted(IEnumerable<string> roles) =>
        [.. roles.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
