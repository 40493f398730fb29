using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Security;
using Perspective.Documents.Categories;
using Perspective.Files.Checks;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Pages.Categories;

/// <summary>
/// The one category form, shared by the new and the change page: its answers as posted, the
/// choices it offers and the checks that turn answers into a <see cref="CategoryDraft"/>.
/// </summary>
public abstract class CategoryFormPage(CategoryStore store, CategoryRoles roles) : PageModel
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string KeepForDays = "days";
    public const string KeepUntilDeleted = "keep";

    // Properties in page order: the error summary lists errors in this order.
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<string> Senders { get; set; } = [];

    [BindProperty]
    public List<string> Recipients { get; set; } = [];

    [BindProperty]
    public string? RequiresTwoFactor { get; set; }

    [BindProperty]
    public string? Retention { get; set; }

    [BindProperty]
    public string? RetentionDays { get; set; }

    [BindProperty]
    public List<string> FileTypes { get; set; } = [];

    [BindProperty]
    public string? MaxSizeMB { get; set; }

    public IReadOnlyList<SelectListItem> RoleChoices { get; private set; } = [];

    protected CategoryStore Store => store;

    public static IReadOnlyList<SelectListItem> TwoFactorChoices { get; } =
        [new GovUkChoice(Yes, "Yes"), new GovUkChoice(No, "No")];

    public static IReadOnlyList<SelectListItem> RetentionChoices { get; } =
    [
        new GovUkChoice(KeepForDays, "For a number of days after sending"),
        new GovUkChoice(KeepUntilDeleted, "Keep until deleted"),
    ];

    public static IReadOnlyList<SelectListItem> FileTypeChoices { get; } =
        [.. Perspective.Files.Checks.FileTypes.All.Select(t => new GovUkChoice(t.Extension, $"{t.ShortName} (.{t.Extension})"))];

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        RoleChoices = [.. (await roles.ChoicesAsync(cancellationToken)).Select(r => new GovUkChoice(r.Name, r.Name, HeldBy(r.Holders)))];

    /// <summary>Fills the form from a saved category.</summary>
    protected void Show(CategoryDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Name = draft.Name;
        Description = draft.Description;
        Senders = [.. draft.Senders];
        Recipients = [.. draft.Recipients];
        RequiresTwoFactor = draft.RequiresTwoFactor ? Yes : No;
        Retention = draft.RetentionDays is null ? KeepUntilDeleted : KeepForDays;
        RetentionDays = draft.RetentionDays?.ToString(CultureInfo.InvariantCulture);
        FileTypes = [.. draft.FileTypes];
        MaxSizeMB = draft.MaxSizeMB.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The answers as a draft, or null with every problem in the model state.</summary>
    protected async Task<CategoryDraft?> CheckAsync(int? exceptId, CancellationToken cancellationToken)
    {
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), "Enter a name for the category");
        }
        else if (name.Length > CategoryLimits.MaxNameLength)
        {
            ModelState.AddModelError(nameof(Name), $"Name must be {CategoryLimits.MaxNameLength} characters or fewer");
        }
        else if (await store.NamedAsync(name, exceptId, cancellationToken) is { } clash)
        {
            ModelState.AddModelError(nameof(Name), $"There is already a category called {clash.Name}");
        }

        var description = Description?.Trim() ?? "";
        if (description.Length > CategoryLimits.MaxDescriptionLength)
        {
            ModelState.AddModelError(nameof(Description), $"Description must be {CategoryLimits.MaxDescriptionLength} characters or fewer");
        }

        var known = await roles.KnownAsync(cancellationToken);
        CheckRoles(nameof(Senders), Senders, known, "Select at least one role that may send documents of this category");
        CheckRoles(nameof(Recipients), Recipients, known, "Select at least one role that receives documents of this category");

        if (RequiresTwoFactor is not (Yes or No))
        {
            ModelState.AddModelError(nameof(RequiresTwoFactor), "Select yes if opening these documents needs two-factor authentication");
        }

        int? retentionDays = null;
        if (Retention == KeepForDays)
        {
            retentionDays = Whole(RetentionDays, CategoryLimits.MinRetentionDays, CategoryLimits.MaxRetentionDays);
            if (retentionDays is null)
            {
                ModelState.AddModelError(nameof(RetentionDays), string.IsNullOrWhiteSpace(RetentionDays)
                    ? "Enter how many days documents are kept"
                    : $"Days kept must be a whole number from {CategoryLimits.MinRetentionDays} to {CategoryLimits.MaxRetentionDays}");
            }
        }
        else if (Retention != KeepUntilDeleted)
        {
            ModelState.AddModelError(nameof(Retention), "Select how long documents are kept");
        }

        var types = FileTypes.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (types.Count == 0)
        {
            ModelState.AddModelError(nameof(FileTypes), "Select at least one type of file");
        }
        else if (types.FirstOrDefault(t => Perspective.Files.Checks.FileTypes.All.All(f => f.Extension != t)) is { } unknownType)
        {
            ModelState.AddModelError(nameof(FileTypes), $"\"{unknownType}\" is not a type of file the portal can check");
        }

        var maxSize = Whole(MaxSizeMB, CategoryLimits.MinSizeMB, CategoryLimits.MaxSizeMB);
        if (maxSize is null)
        {
            ModelState.AddModelError(nameof(MaxSizeMB), string.IsNullOrWhiteSpace(MaxSizeMB)
                ? "Enter the largest file size in MB"
                : $"Maximum size must be a whole number of MB from {CategoryLimits.MinSizeMB} to {CategoryLimits.MaxSizeMB}");
        }

        return ModelState.IsValid
            ? new CategoryDraft(name, description, Senders, Recipients, RequiresTwoFactor == Yes, retentionDays, types, maxSize!.Value)
            : null;
    }

    private void CheckRoles(string field, List<string> chosen, HashSet<string> known, string noneMessage)
    {
        var given = chosen.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        if (given.Count == 0)
        {
            ModelState.AddModelError(field, noneMessage);
        }
        else if (given.FirstOrDefault(r => !known.Contains(r)) is { } unknown)
        {
            ModelState.AddModelError(field, $"\"{unknown}\" is not a role in this portal");
        }
    }

    /// <summary>A whole number in range, written as people write it (spaces and thousands commas allowed).</summary>
    private static int? Whole(string? text, int min, int max) =>
        int.TryParse((text ?? "").Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && number >= min && number <= max
            ? number
            : null;

    private static string HeldBy(AccountKind holders) => holders switch
    {
        AccountKind.Platform => "Held by platform administrators",
        AccountKind.School => "Held by school staff",
        _ => "Held by LA staff",
    };
}
