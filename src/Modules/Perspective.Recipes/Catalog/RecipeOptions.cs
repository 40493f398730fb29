namespace Perspective.Recipes;

/// <summary>Bound from the <c>Perspective</c> configuration section.</summary>
public sealed class RecipeOptions
{
    public const string Section = "Perspective";

    /// <summary>
    /// The folder searched for <c>*.recipe.json</c> files (<c>Perspective:RecipesPath</c>); a relative
    /// path is taken from the content root. By default, <c>recipes</c> beside the application.
    /// </summary>
    public string? RecipesPath { get; set; }
}
