using Perspective.Core.Data;
using Perspective.Core.Recipes;
using Perspective.Files.Checks;

namespace Perspective.Documents.Categories;

/// <summary>
/// Recipe step <c>documentCategories</c>: <c>{ "name": "documentCategories", "categories": [ { "name",
/// "description", "senders": [roles], "recipients": [roles], "requiresTwoFactor", "retentionDays"
/// (null or absent keeps documents until deleted), "fileTypes": ["pdf"], "maxSizeMB" } ] }</c>. Each
/// category is matched by name in any case, created or brought to what is given; one already as
/// given is left alone. Archiving is the admin's business: the step never archives or restores.
/// Exports every category in name order.
/// </summary>
public sealed class DocumentCategoriesRecipeStep(CategoryStore store, CategoryRoles roles, TenantDbContext db) : RecipeStep<DocumentCategoriesStepData>
{
    public override string Name => "documentCategories";

    public override int Order => 60;

    protected override async Task ValidateAsync(DocumentCategoriesStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        // Roles an earlier roles step of this recipe defines count as known: they exist by the time this step runs.
        var known = await roles.KnownAsync(cancellationToken);
        known.UnionWith(context.Declarations.Of(RecipeDeclarations.Role));
        Read(data, known, context.AddError);
    }

    protected override async Task ExecuteAsync(DocumentCategoriesStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var draft in Read(data, await roles.KnownAsync(cancellationToken), _ => { }))
        {
            if (await store.NamedAsync(draft.Name, exceptId: null, cancellationToken) is { } existing)
            {
                store.Update(existing, draft);
            }
            else
            {
                store.Add(draft);
            }

            // Saved one at a time so the next name lookup sees this one.
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    protected override async Task<IReadOnlyList<DocumentCategoriesStepData>> ExportAsync(CancellationToken cancellationToken)
    {
        var categories = (await store.ListAsync(cancellationToken)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        if (categories.Count == 0)
        {
            return [];
        }

        var items = categories.Select(CategoryDraft.Of).Select(draft => new CategoryData
        {
            Name = draft.Name,
            Description = draft.Description,
            Senders = [.. draft.Senders],
            Recipients = [.. draft.Recipients],
            RequiresTwoFactor = draft.RequiresTwoFactor,
            RetentionDays = draft.RetentionDays,
            FileTypes = [.. draft.FileTypes],
            MaxSizeMB = draft.MaxSizeMB,
        });
        return [new DocumentCategoriesStepData { Categories = [.. items] }];
    }

    /// <summary>The step's good categories; each problem, naming the category and field, goes to <paramref name="report"/>.</summary>
    private static List<CategoryDraft> Read(DocumentCategoriesStepData data, HashSet<string> knownRoles, Action<string> report)
    {
        var drafts = new List<CategoryDraft>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var category in data.Categories)
        {
            position++;
            var name = category.Name.Trim();
            if (name.Length == 0)
            {
                report($"Category {position} must be an object with a 'name'.");
                continue;
            }

            var problems = new List<string>();
            if (name.Length > CategoryLimits.MaxNameLength)
            {
                problems.Add($"'name' must be {CategoryLimits.MaxNameLength} characters or fewer");
            }

            if (!seen.Add(name))
            {
                problems.Add("it is given twice");
            }

            if (category.Description.Trim().Length > CategoryLimits.MaxDescriptionLength)
            {
                problems.Add($"'description' must be text of {CategoryLimits.MaxDescriptionLength} characters or fewer");
            }

            var senders = Roles(category.Senders, "senders", knownRoles, problems);
            var recipients = Roles(category.Recipients, "recipients", knownRoles, problems);
            if (category.RetentionDays is { } retention && (retention < CategoryLimits.MinRetentionDays || retention > CategoryLimits.MaxRetentionDays))
            {
                problems.Add($"'retentionDays' must be a whole number from {CategoryLimits.MinRetentionDays} to {CategoryLimits.MaxRetentionDays}, or null to keep documents until deleted");
            }

            var fileTypes = FileTypeList(category.FileTypes, problems);
            if (category.MaxSizeMB < CategoryLimits.MinSizeMB || category.MaxSizeMB > CategoryLimits.MaxSizeMB)
            {
                problems.Add($"'maxSizeMB' must be a whole number from {CategoryLimits.MinSizeMB} to {CategoryLimits.MaxSizeMB}");
            }

            foreach (var problem in problems)
            {
                report($"Category '{name}': {problem}.");
            }

            if (problems.Count == 0)
            {
                drafts.Add(new CategoryDraft(name, category.Description, senders, recipients, category.RequiresTwoFactor, category.RetentionDays, fileTypes, category.MaxSizeMB));
            }
        }

        return drafts;
    }

    private static List<string> Roles(IReadOnlyList<string> given, string field, HashSet<string> knownRoles, List<string> problems)
    {
        var names = given.Select(n => n.Trim()).ToList();
        if (names.Count == 0)
        {
            problems.Add($"'{field}' must be an array of at least one role name");
            return [];
        }

        foreach (var unknown in names.Where(n => !knownRoles.Contains(n)))
        {
            problems.Add($"'{field}' names the role '{unknown}', which is neither a built-in role nor one of this portal's roles");
        }

        return names;
    }

    private static List<string> FileTypeList(IReadOnlyList<string> given, List<string> problems)
    {
        var types = given.Select(t => t.Trim()).ToList();
        if (types.Count == 0)
        {
            problems.Add("'fileTypes' must be an array of at least one file type");
            return [];
        }

        foreach (var unknown in types.Where(t => FileTypes.FromExtension(t) is null))
        {
            problems.Add($"'fileTypes' names '{unknown}', which is not a type the portal checks ({string.Join(", ", FileTypes.All.Select(t => t.Extension))})");
        }

        return types;
    }
}
