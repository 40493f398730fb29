using System.Text.Json;
using System.Text.Json.Nodes;
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
public sealed class DocumentCategoriesRecipeStep(CategoryStore store, CategoryRoles roles, TenantDbContext db) : IRecipeStep, IRecipeExportSource
{
    public string Name => "documentCategories";

    public int Order => 60;

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Roles an earlier roles step of this recipe defines count as known: they exist by the time this step runs.
        var known = await roles.KnownAsync(cancellationToken);
        known.UnionWith(context.Declarations.Of(RecipeDeclarations.Role));
        Read(context, known, report: true);
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var draft in Read(context, await roles.KnownAsync(cancellationToken), report: false))
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

    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        var categories = (await store.ListAsync(cancellationToken)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        if (categories.Count == 0)
        {
            return [];
        }

        var array = new JsonArray();
        foreach (var draft in categories.Select(CategoryDraft.Of))
        {
            array.Add(new JsonObject
            {
                ["name"] = draft.Name,
                ["description"] = draft.Description,
                ["senders"] = Strings(draft.Senders),
                ["recipients"] = Strings(draft.Recipients),
                ["requiresTwoFactor"] = draft.RequiresTwoFactor,
                ["retentionDays"] = draft.RetentionDays,
                ["fileTypes"] = Strings(draft.FileTypes),
                ["maxSizeMB"] = draft.MaxSizeMB,
            });
        }

        return [new JsonObject { ["name"] = Name, ["categories"] = array }];
    }

    /// <summary>The step's good categories; problems, naming the category and field, are reported when <paramref name="report"/> says so.</summary>
    private static List<CategoryDraft> Read(RecipeStepContext context, HashSet<string> knownRoles, bool report)
    {
        var drafts = new List<CategoryDraft>();
        if (context.Data["categories"] is not JsonArray array)
        {
            Report("'categories' must be an array of categories.");
            return drafts;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var item in array)
        {
            position++;
            if (item is not JsonObject category || Text(category, "name") is not { } rawName || rawName.Trim().Length == 0)
            {
                Report($"Category {position} must be an object with a 'name'.");
                continue;
            }

            var name = rawName.Trim();
            var problems = new List<string>();
            if (name.Length > CategoryLimits.MaxNameLength)
            {
                problems.Add($"'name' must be {CategoryLimits.MaxNameLength} characters or fewer");
            }

            if (!seen.Add(name))
            {
                problems.Add("it is given twice");
            }

            var description = category["description"] is null ? "" : Text(category, "description");
            if (description is null || description.Trim().Length > CategoryLimits.MaxDescriptionLength)
            {
                problems.Add($"'description' must be text of {CategoryLimits.MaxDescriptionLength} characters or fewer");
            }

            var senders = Roles(category, "senders", knownRoles, problems);
            var recipients = Roles(category, "recipients", knownRoles, problems);

            var twoFactor = category["requiresTwoFactor"] switch
            {
                null => false,
                JsonNode flag when flag.GetValueKind() is JsonValueKind.True => true,
                JsonNode flag when flag.GetValueKind() is JsonValueKind.False => false,
                _ => (bool?)null,
            };
            if (twoFactor is null)
            {
                problems.Add("'requiresTwoFactor' must be true or false");
            }

            int? retention = null;
            if (category["retentionDays"] is { } retentionNode)
            {
                retention = Whole(retentionNode, CategoryLimits.MinRetentionDays, CategoryLimits.MaxRetentionDays);
                if (retention is null)
                {
                    problems.Add($"'retentionDays' must be a whole number from {CategoryLimits.MinRetentionDays} to {CategoryLimits.MaxRetentionDays}, or null to keep documents until deleted");
                }
            }

            var fileTypes = FileTypeList(category, problems);
            var maxSize = category["maxSizeMB"] is { } sizeNode ? Whole(sizeNode, CategoryLimits.MinSizeMB, CategoryLimits.MaxSizeMB) : null;
            if (maxSize is null)
            {
                problems.Add($"'maxSizeMB' must be a whole number from {CategoryLimits.MinSizeMB} to {CategoryLimits.MaxSizeMB}");
            }

            foreach (var problem in problems)
            {
                Report($"Category '{name}': {problem}.");
            }

            if (problems.Count == 0)
            {
                drafts.Add(new CategoryDraft(name, description!, senders, recipients, twoFactor!.Value, retention, fileTypes, maxSize!.Value));
            }
        }

        return drafts;

        void Report(string message)
        {
            if (report)
            {
                context.AddError(message);
            }
        }
    }

    private static List<string> Roles(JsonObject category, string field, HashSet<string> knownRoles, List<string> problems)
    {
        var names = StringArray(category, field);
        if (names is null || names.Count == 0)
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

    private static List<string> FileTypeList(JsonObject category, List<string> problems)
    {
        var types = StringArray(category, "fileTypes");
        if (types is null || types.Count == 0)
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

    /// <summary>An array of strings, or null when the field is missing, not an array or holds anything but strings.</summary>
    private static List<string>? StringArray(JsonObject category, string field)
    {
        if (category[field] is not JsonArray array)
        {
            return null;
        }

        var items = new List<string>();
        foreach (var node in array)
        {
            if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                return null;
            }

            items.Add(value.GetValue<string>().Trim());
        }

        return items;
    }

    private static int? Whole(JsonNode node, int min, int max) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) && number >= min && number <= max
            ? number
            : (int?)null;

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]);

    private static string? Text(JsonObject category, string name) =>
        category[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
