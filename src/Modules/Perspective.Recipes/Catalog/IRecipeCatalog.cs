namespace Perspective.Recipes;

/// <summary>The recipes shipped with the portal: every <c>*.recipe.json</c> under <see cref="RecipeOptions.RecipesPath"/>.</summary>
public interface IRecipeCatalog
{
    /// <summary>The folder searched, as a full path.</summary>
    string Folder { get; }

    /// <summary>Every recipe file, by name. A file that does not read as a recipe is listed with its errors, not thrown.</summary>
    Task<IReadOnlyList<RecipeCatalogEntry>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The recipe called <paramref name="name"/>, valid or not, or null. Check <see cref="RecipeCatalogEntry.IsValid"/>.</summary>
    Task<RecipeCatalogEntry?> FindAsync(string name, CancellationToken cancellationToken = default);
}
