using Perspective.Core.Recipes;
using Perspective.Web.Recipes;

namespace Perspective.Web.Setup;

public static class SetupHostingExtensions
{
    /// <summary>First-run setup and the host's own recipe steps (<c>features</c>, <c>settings</c>).</summary>
    public static IServiceCollection AddPerspectiveSetup(this IServiceCollection services)
    {
        services.AddSingleton<SetupService>();
        services.AddHostedService<AutoSetup>();
        AddStep<FeaturesRecipeStep>(services);
        AddStep<SettingsRecipeStep>(services);
        return services;
    }

    private static void AddStep<T>(IServiceCollection services)
        where T : class, IRecipeStep, IRecipeExportSource
    {
        services.AddScoped<T>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<T>());
        services.AddScoped<IRecipeExportSource>(sp => sp.GetRequiredService<T>());
    }
}
