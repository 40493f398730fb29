using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Core.Recipes;

public static class RecipeServices
{
    /// <summary>
    /// Registers a recipe step that also exports its configuration: one instance per scope serves
    /// as both, so what it imports and what it exports can never drift apart.
    /// </summary>
    public static IServiceCollection AddRecipeStepWithExport<T>(this IServiceCollection services)
        where T : class, IRecipeStep, IRecipeExportSource
    {
        services.AddScoped<T>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<T>());
        services.AddScoped<IRecipeExportSource>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
