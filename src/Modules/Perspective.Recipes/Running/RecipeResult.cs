namespace Perspective.Recipes;

/// <summary>
/// The outcome of validating or running a recipe. When <see cref="Errors"/> is not empty nothing
/// was run. <see cref="Recipe"/> is null when the file could not be read as a recipe at all.
/// </summary>
public sealed class RecipeResult(RecipeInfo? recipe, IReadOnlyList<string> errors)
{
    public RecipeInfo? Recipe { get; } = recipe;

    /// <summary>Every problem found, in the order of the file; step problems start <c>Step N (name): </c>.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;

    public bool Succeeded => Errors.Count == 0;
}
