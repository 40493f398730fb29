using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Roles.Data;
using Perspective.Roles.Definitions;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Modules.Roles;

/// <summary>The real host, with shortcuts to the tenant's roles, recipes and exports.</summary>
public sealed class RolesFactory : PerspectiveFactory
{
    public Task<List<RoleDefinition>> DefinitionsAsync(string? tenantName = null) =>
        this.QueryAsync(db => db.Set<RoleDefinition>().OrderBy(r => r.Name).ToListAsync(), tenantName);

    public Task<List<string>> GrantsOfAsync(string role, string? tenantName = null) =>
        this.QueryAsync(db => db.Set<RoleGrant>().Where(g => g.RoleName == role).Select(g => g.Permission).OrderBy(p => p).ToListAsync(), tenantName);

    public Task<bool> IdentityRoleExistsAsync(string role) =>
        this.QueryAsync(db => db.Roles.AnyAsync(r => r.Name == role));

    /// <summary>Saves a role as given, as a recipe would.</summary>
    public async Task PutRoleAsync(string name, RoleHolders holders, params string[] permissions)
    {
        await using var scope = await this.TenantScopeAsync();
        await scope.ServiceProvider.GetRequiredService<RoleCatalog>().PutAsync(name, "", holders, permissions);
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
    }

    public async Task<RecipeResult> RunRecipeAsync(string json, string? tenantName = null)
    {
        var tenant = (await Services.GetRequiredService<ITenantCatalog>().FindAsync(tenantName ?? TenantName))!;
        return await Services.GetRequiredService<TenantRecipes>().RunAsync(tenant, RecipeSource.FromJson("test.recipe.json", json), values: null);
    }

    public async Task<byte[]> ExportAsync(string? tenantName = null)
    {
        await using var scope = await this.TenantScopeAsync(tenantName);
        return await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync();
    }
}
