using Perspective.Core.Tenants;
using Perspective.Recipes;

namespace Perspective.Web.Tenancy;

/// <summary>
/// Runs a recipe inside one tenant and then saves the tenant's record (steps such as
/// <c>features</c> change it). Setup, tenant creation and the <c>recipe run</c> verb all come here.
/// </summary>
public sealed class TenantRecipes(TenantScopes scopes, ITenantCatalog catalog)
{
    public async Task<RecipeResult> ValidateAsync(Tenant tenant, RecipeSource source, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().ValidateAsync(source, values, cancellationToken);
    }

    public async Task<RecipeResult> RunAsync(
        Tenant tenant, RecipeSource source, IReadOnlyDictionary<string, string>? values, IProgress<RecipeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        RecipeResult result;
        await using (var scope = scopes.CreateScope(tenant))
        {
            result = await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(source, values, progress, cancellationToken);
        }

        if (result.Succeeded && tenant.State != TenantState.Uninitialized)
        {
            await catalog.SaveAsync(tenant, cancellationToken);
        }

        return result;
    }

    /// <summary>The variables every setup recipe may use, the same for first-run setup and tenant creation.</summary>
    public static IReadOnlyDictionary<string, string> SetupValues(string siteName, string? adminEmail) =>
        new Dictionary<string, string> { ["siteName"] = siteName, ["adminEmail"] = adminEmail ?? "" };

    /// <summary>A setup recipe by name from the recipe catalogue, or null.</summary>
    public async Task<RecipeCatalogEntry?> FindSetupRecipeAsync(Tenant tenant, string name, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateScope(tenant);
        var recipe = await scope.ServiceProvider.GetRequiredService<IRecipeCatalog>().FindAsync(name, cancellationToken);
        return recipe is { IsValid: true, IsSetupRecipe: true } ? recipe : null;
    }
}
