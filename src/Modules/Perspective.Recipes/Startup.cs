using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;

namespace Perspective.Recipes;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<RecipeOptions>().BindConfiguration(RecipeOptions.Section);
        services.AddSingleton<IRecipeCatalog, RecipeCatalog>();
        services.AddScoped<IRecipeRunner, RecipeRunner>();
        services.AddScoped<IRecipeExporter, RecipeExporter>();
    }

    public override IEnumerable<Perspective.Core.Events.EventDescriptor> Events => RecipesEvents.All;

    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(RecipesPermissions.ExportConfiguration, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
    ];

    public override void BuildAdminMenu(MenuBuilder menu) =>
        menu.Add("Export configuration", "/admin/recipes/export", RecipesPermissions.ExportConfiguration, position: 800);
}
