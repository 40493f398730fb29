namespace Perspective.Recipes;

/// <summary>
/// A recipe file in the catalogue. An entry with <see cref="Errors"/> could not be read as a recipe;
/// its <see cref="Name"/> is then the recipe's own if it has one, else the file's name.
/// </summary>
public sealed record RecipeCatalogEntry(
    string Name,
    string? DisplayName,
    string? Description,
    bool IsSetupRecipe,
    string FilePath,
    IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The file as a recipe to validate or run, with the files of its folder.</summary>
    public RecipeSource ToSource() => RecipeSource.FromFile(FilePath);
}
