using Perspective.Core.Modules;
using Perspective.Core.Recipes;

namespace Perspective.Recipes;

/// <summary>
/// Finds the handler of each step among those of enabled modules. A disabled module's services
/// still exist (ADR-001), so its handlers are passed over; so are an integration's handlers while
/// one of the modules it needs is off. A module counts as enabled when the tenant has it on now, or
/// when an earlier step of the recipe switches it on (<see cref="IModuleEnablingStep"/>). A handler
/// from outside any module (the host's) is always available.
/// </summary>
internal sealed class RecipeStepHandlers(IEnumerable<IRecipeStep> handlers, ModuleCatalog modules, ContributedServices contributed, IModuleFeatures features)
{
    private readonly ILookup<string, IRecipeStep> _byName = handlers.ToLookup(h => h.Name, StringComparer.Ordinal);
    private readonly Dictionary<System.Reflection.Assembly, ModuleDescriptor> _moduleByAssembly = modules.Modules.ToDictionary(m => m.Assembly);
    private readonly HashSet<string> _enabledByRecipe = new(StringComparer.Ordinal);

    /// <summary>The modules a handler needs on: those of the startup that registered it, else its assembly's module; none for the host's own.</summary>
    public IReadOnlyList<string> ModulesOf(IRecipeStep handler) =>
        contributed.RequiredModulesOf(handler.GetType())
            ?? (_moduleByAssembly.GetValueOrDefault(handler.GetType().Assembly) is { } module ? [module.Name] : []);

    /// <summary>The one available handler for <paramref name="stepName"/>, or why there is none.</summary>
    public (IRecipeStep? Handler, string? Error) Find(string stepName)
    {
        var candidates = _byName[stepName]
            .Where(h => ModulesOf(h).All(module => features.IsEnabled(module) || _enabledByRecipe.Contains(module)))
            .ToList();
        return candidates.Count switch
        {
            0 => (null, "no enabled module handles this step"),
            1 => (candidates[0], null),
            _ => (null, $"more than one handler claims this step ({string.Join(", ", candidates.Select(c => c.GetType().FullName).Order(StringComparer.Ordinal))})"),
        };
    }

    /// <summary>Notes the modules a validated step switches on, with what they depend on, for the steps after it.</summary>
    public void After(IRecipeStep handler, System.Text.Json.Nodes.JsonObject data)
    {
        if (handler is not IModuleEnablingStep enabling)
        {
            return;
        }

        var pending = new Stack<string>(enabling.ModulesEnabledBy(data));
        while (pending.TryPop(out var name))
        {
            if (modules.Find(name) is { } module && _enabledByRecipe.Add(name))
            {
                foreach (var dependency in module.Dependencies)
                {
                    pending.Push(dependency);
                }
            }
        }
    }
}
