namespace Perspective.Recipes;

/// <summary>Exports the tenant's configuration as one recipe, from every registered <see cref="Perspective.Core.Recipes.IRecipeExportSource"/>.</summary>
public interface IRecipeExporter
{
    /// <summary>
    /// The recipe as UTF-8 JSON: indented, '\n' line endings, fields in a fixed order, sources by
    /// <c>Order</c> then type name. The same configuration always gives the same bytes.
    /// </summary>
    Task<byte[]> ExportAsync(CancellationToken cancellationToken = default);
}
