using System.Text.Json.Nodes;
using Perspective.Core.Modules;
using Perspective.Core.Recipes;
using Perspective.Core.Tenants;
using Perspective.Recipes;

namespace Perspective.Web.Recipes;

/// <summary>
/// Recipe step <c>features</c>: <c>{ "name": "features", "enable": ["Perspective.Audit"], "disable": [] }</c>.
/// Enabling a module enables what it depends on. Exported as the first step, listing what is on.
/// It changes the scope's tenant record; <see cref="Tenancy.TenantRecipes"/> saves the record once
/// the recipe's transaction has committed (the catalogue may live in the same database).
/// </summary>
public sealed class FeaturesRecipeStep(ITenantContext tenant, ModuleCatalog modules) : IRecipeStep, IRecipeExportSource, IModuleEnablingStep
{
    private static readonly string[] ListNames = ["enable", "disable"];

    public string Name => "features";

    public int Order => 0;

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (property, names) in Lists(context))
        {
            if (names is null)
            {
                context.AddError($"'{property}' must be an array of module names.");
                continue;
            }

            foreach (var name in names.Where(n => modules.Find(n) is null))
            {
                context.AddError($"'{property}' names '{name}', which is not a module of this portal.");
            }
        }

        return Task.CompletedTask;
    }

    public IEnumerable<string> ModulesEnabledBy(JsonObject data) =>
        data["enable"] is JsonArray names ? names.Select(n => n?.GetValueKind() == System.Text.Json.JsonValueKind.String ? n.GetValue<string>() : "").Where(n => n.Length > 0) : [];

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var enabled = new SortedSet<string>(tenant.Current.EnabledFeatures, StringComparer.Ordinal);
        var lists = Lists(context).ToDictionary(l => l.Property, l => l.Names ?? []);
        foreach (var name in lists["enable"])
        {
            AddWithDependencies(name, enabled);
        }

        enabled.ExceptWith(lists["disable"]);
        tenant.Current.EnabledFeatures = [.. enabled];
        return Task.CompletedTask;
    }

    /// <summary>Lists what is on and what is off, so importing the file reproduces the switches exactly.</summary>
    public Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        var switchable = modules.Modules.Where(m => !m.AlwaysEnabled).Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
        var on = tenant.Current.EnabledFeatures.ToHashSet(StringComparer.Ordinal);
        var step = new JsonObject
        {
            ["name"] = Name,
            ["enable"] = Names(switchable.Where(on.Contains)),
            ["disable"] = Names(switchable.Where(n => !on.Contains(n))),
        };
        return Task.FromResult<IReadOnlyList<JsonObject>>([step]);
    }

    private static JsonArray Names(IEnumerable<string> names) => new(names.Select(n => (JsonNode)n!).ToArray());

    private void AddWithDependencies(string name, SortedSet<string> enabled)
    {
        if (enabled.Add(name))
        {
            foreach (var dependency in modules.Find(name)!.Dependencies)
            {
                AddWithDependencies(dependency, enabled);
            }
        }
    }

    private static IEnumerable<(string Property, string[]? Names)> Lists(RecipeStepContext context) =>
        ListNames.Select(property => (property, context.Data[property] switch
        {
            null => [],
            JsonArray array when array.All(item => item?.GetValueKind() == System.Text.Json.JsonValueKind.String) =>
                array.Select(item => item!.GetValue<string>()).ToArray(),
            _ => null,
        }));
}
