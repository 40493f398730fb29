using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Documents.Categories;
using Perspective.Documents.Data;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Modules.Documents.Categories;

/// <summary>The real host, with shortcuts to the tenant's document categories, recipes and exports.</summary>
public sealed class CategoriesFactory : PerspectiveFactory
{
    public HttpClient Admin() => ClientFor("Ada Admin", BuiltInRoles.LaAdmin);

    public Task<List<DocumentCategory>> CategoriesAsync(string? tenantName = null) =>
        this.QueryAsync(db => db.Set<DocumentCategory>().OrderBy(c => c.Name).ToListAsync(), tenantName);

    public Task<List<(string Action, string? Details)>> AuditAsync() =>
        this.QueryAsync(async db => (await db.AuditEvents.OrderBy(e => e.Id).Select(e => new { e.Action, e.Details }).ToListAsync())
            .Where(e => e.Action.StartsWith("documents.", StringComparison.Ordinal)).Select(e => (e.Action, e.Details)).ToList());

    /// <summary>Saves a category as the recipe step would, and returns its id.</summary>
    public async Task<int> AddAsync(CategoryDraft draft)
    {
        await using var scope = await this.TenantScopeAsync();
        var category = scope.ServiceProvider.GetRequiredService<CategoryStore>().Add(draft);
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
        return category.Id;
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

    public static CategoryDraft Letters { get; } =
        new("Risk category letters", "Annual letters", [BuiltInRoles.LaOfficer], [BuiltInRoles.Headteacher], false, 2555, ["pdf"], 20);
}
