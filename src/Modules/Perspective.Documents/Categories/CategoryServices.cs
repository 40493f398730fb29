using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Recipes;

namespace Perspective.Documents.Categories;

internal static class CategoryServices
{
    /// <summary>Document categories: their admin pages and the <c>documentCategories</c> recipe step.</summary>
    public static IServiceCollection AddDocumentCategories(this IServiceCollection services)
    {
        services.AddScoped<CategoryStore>();
        services.AddScoped<CategoryRoles>();
        return services.AddRecipeStepWithExport<DocumentCategoriesRecipeStep>();
    }
}
