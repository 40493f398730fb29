using Perspective.Core.Security;

namespace Perspective.Recipes;

public static class RecipesPermissions
{
    public static readonly Permission ExportConfiguration = new("ExportConfiguration", "Export the configuration as a recipe");
}
