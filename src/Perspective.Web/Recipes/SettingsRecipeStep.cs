using System.Text.Json;
using System.Text.Json.Nodes;
using Perspective.Core.Data;
using Perspective.Core.Recipes;
using Perspective.Core.Settings;

namespace Perspective.Web.Recipes;

/// <summary>
/// Recipe step <c>settings</c>: <c>{ "name": "settings", "values": { "key": "value" } }</c>. Values
/// are strings; each module documents and parses its own keys. Exported sorted by key.
/// </summary>
public sealed class SettingsRecipeStep(ISiteSettings settings, TenantDbContext db) : IRecipeStep, IRecipeExportSource
{
    public string Name => "settings";

    public int Order => 10;

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Data["values"] is not JsonObject values)
        {
            context.AddError("'values' must be an object of setting names and text values.");
            return Task.CompletedTask;
        }

        foreach (var (key, value) in values)
        {
            if (value?.GetValueKind() != JsonValueKind.String)
            {
                context.AddError($"Setting '{key}' must be text.");
            }
            else if (key.Length is 0 or > 100)
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

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in (JsonObject)context.Data["values"]!)
        {
            await settings.SetAsync(key, value!.GetValue<string>(), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        var all = await settings.GetAllAsync(cancellationToken);
        if (all.Count == 0)
        {
            return [];
        }

        var values = new JsonObject();
        foreach (var (key, value) in all.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            values[key] = value;
        }

        return [new JsonObject { ["name"] = Name, ["values"] = values }];
    }
}
