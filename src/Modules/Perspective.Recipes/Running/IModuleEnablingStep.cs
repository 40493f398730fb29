using System.Text.Json.Nodes;

namespace Perspective.Recipes;

/// <summary>
/// Implemented by a step handler that switches modules on (the <c>features</c> step). While
/// validating, the runner asks it which modules the step enables, so that later steps of the same
/// recipe may belong to modules the tenant does not have yet — as a setup recipe's do.
/// </summary>
public interface IModuleEnablingStep
{
    /// <summary>The modules this step's data switches on; the runner adds what they depend on.</summary>
    IEnumerable<string> ModulesEnabledBy(JsonObject data);
}
