using Perspective.Core.Data;
using Perspective.Core.Recipes;
using Perspective.Core.Settings;

namespace Perspective.Web.Recipes;

/// <summary>
/// Recipe step <c>settings</c>: <c>{ "name": "settings", "values": { "key": "value" } }</c>. Values
/// are strings; each module documents and parses its own keys. Exported sorted by key.
/// </summary>
public sealed class SettingsRecipeStep(ISiteSettings settings, TenantDbContext db) : RecipeStep<SettingsStepData>
{
    public override string Name => "settings";

    public override int Order => 10;

    protected override Task ValidateAsync(SettingsStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var key in data.Values.Keys)
        {
            if (key.Length is 0 or > 100)
            {
                context.AddError("Setting names must be 1 to 100 characters long.");
            }
            else if (key.StartsWith("secret:", StringComparison.Ordinal))
            {
                // Secrets (passwords, API keys) are never carried in recipes; an admin enters them.
                context.AddError($"Setting '{key}' is a secret; recipes cannot set secrets.");
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(SettingsStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in data.Values)
        {
            await settings.SetAsync(key, value, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    protected override async Task<IReadOnlyList<SettingsStepData>> ExportAsync(CancellationToken cancellationToken)
    {
        var all = await settings.GetAllAsync(cancellationToken);
        return all.Count == 0
            ? []
            : [new SettingsStepData { Values = all.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal) }];
    }
}

/// <summary>The <c>settings</c> step's data: setting names and their text values.</summary>
public sealed record SettingsStepData
{
    [RecipeValue("an object of setting names and text values")]
    public required IReadOnlyDictionary<string, string> Values { get; init; }
}
