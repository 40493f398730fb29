namespace Perspective.Recipes;

/// <summary>What a recipe says about itself: every top-level field except its steps.</summary>
public sealed record RecipeInfo(
    string Name,
    string? DisplayName,
    string? Description,
    string? Author,
    string? Version,
    bool IsSetupRecipe,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Variables);
