using Perspective.Core.Recipes;

namespace Perspective.Recipes;

/// <summary>No files: for a recipe uploaded on its own. Paths are still checked, so a bad one reads the same everywhere.</summary>
public sealed class EmptyRecipeFiles : IRecipeFiles
{
    public static EmptyRecipeFiles Instance { get; } = new();

    private EmptyRecipeFiles()
    {
    }

    public bool Exists(string relativePath)
    {
        RecipeFilePath.Check(relativePath);
        return false;
    }

    public Stream Open(string relativePath)
    {
        RecipeFilePath.Check(relativePath);
        throw new FileNotFoundException($"The file '{relativePath}' is not available: this recipe came without its files.", relativePath);
    }
}
