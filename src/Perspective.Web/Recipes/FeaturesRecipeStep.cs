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
public sealed class FeaturesRecipeStep(ITenantContext tenant, ModuleCatalog modules) : RecipeStep<FeaturesStepData>, IModuleEnablingStep
{
    public override string Name => "features";

    public override int Order => 0;

    protected override Task ValidateAsync(FeaturesStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (property, names) in new[] { ("enable", data.Enable), ("disable", data.Disable) })
        {
            foreach (var name in names.Where(n => modules.Find(n) is null))
            {
                context.AddError($"'{property}' names '{name}', which is not a module of this portal.");
            }
        }

        return Task.CompletedTask;
    }

    public IEnumerable<string> ModulesEnabledBy(JsonObject data) =>
        RecipeStepData.Bind<FeaturesStepData>(data, index: 0, _ => { })?.Enable ?? [];

    protected override Task ExecuteAsync(FeaturesStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var enabled = new SortedSet<string>(tenant.Current.EnabledFeatures, StringComparer.Ordinal);
        foreach (var name in data.Enable)
        {
            AddWithDependencies(name, enabled);
        }

        enabled.ExceptWith(data.Disable);
        tenant.Current.EnabledFeatures = [.. enabled];
        return Task.CompletedTask;
    }

    /// <summary>Lists what is on and what is off, so importing the file reproduces the switches exactly.</summary>
    protected override Task<IReadOnlyList<FeaturesStepData>> ExportAsync(CancellationToken cancellationToken)
    {
        var switchable = modules.Modules.Where(m => !m.AlwaysEnabled).Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
        var on = tenant.Current.EnabledFeatures.ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<FeaturesStepData>>(
            [new FeaturesStepData { Enable = [.. switchable.Where(on.Contains)], Disable = [.. switchable.Where(n => !on.Contains(n))] }]);
    }

    // An always-enabled module is on whatever the tenant stores, so it is never stored.
    private void AddWithDependencies(string name, SortedSet<string> enabled)
    {
        var module = modules.Find(name)!;
        if (!module.AlwaysEnabled && enabled.Add(name))
        {
            foreach (var dependency in module.Dependencies)
            {
                AddWithDependencies(dependency, enabled);
            }
        }
    }
}

/// <summary>The <c>features</c> step's data: modules to switch on and off.</summary>
public sealed record FeaturesStepData
{
    [RecipeValue("a list of module names")]
    public IReadOnlyList<string> Enable { get; init; } = [];

    [RecipeValue("a list of module names")]
    public IReadOnlyList<string> Disable { get; init; } = [];
}
