namespace Perspective.Recipes;

/// <summary>Validates and runs recipes against the current tenant. Scoped: it shares the request's tenant database context.</summary>
public interface IRecipeRunner
{
    /// <summary>
    /// Reads the recipe, substitutes variables and asks each step's handler to check its data,
    /// collecting every problem. Writes nothing.
    /// </summary>
    /// <param name="values">Variable values from the caller (the setup screen's site name); they win over the recipe's own.</param>
    Task<RecipeResult> ValidateAsync(RecipeSource source, IReadOnlyDictionary<string, string>? values = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates, then, only when there is no problem, runs the steps in order inside one database
    /// transaction, reporting progress before each. Returns the problems without running anything
    /// when the recipe is invalid.
    /// </summary>
    /// <exception cref="RecipeStepException">A step threw; the transaction was rolled back.</exception>
    Task<RecipeResult> RunAsync(
        RecipeSource source,
        IReadOnlyDictionary<string, string>? values = null,
        IProgress<RecipeProgress>? progress = null,
        CancellationToken cancellationToken = default);
}
