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
        services.AddRecipeStepWithExport<FeaturesRecipeStep>();
        services.AddRecipeStepWithExport<SettingsRecipeStep>();
        return services;
    }
}
