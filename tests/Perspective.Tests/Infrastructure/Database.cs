using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Tenants;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Infrastructure;

public static class Database
{
    /// <summary>A service scope bound to a tenant (the factory's, <see cref="PerspectiveFactory.TenantName"/>, unless named), as a request for it would have.</summary>
    public static async Task<AsyncServiceScope> TenantScopeAsync(this PerspectiveFactory factory, string? tenantName = null)
    {
        tenantName ??= factory.TenantName;
        var tenant = await factory.Services.GetRequiredService<ITenantCatalog>().FindAsync(tenantName)
            ?? throw new InvalidOperationException($"No tenant '{tenantName}'.");
        return factory.Services.GetRequiredService<TenantScopes>().CreateScope(tenant);
    }

    /// <summary>Runs a query against a tenant's database in a scope of its own.</summary>
    public static async Task<T> QueryAsync<T>(this PerspectiveFactory factory, Func<TenantDbContext, Task<T>> query, string? tenantName = null)
    {
        await using var scope = await factory.TenantScopeAsync(tenantName);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        return await query(db);
    }

    public static Task<List<string>> AuditActionsAsync(this PerspectiveFactory factory, string? tenantName = null) =>
        factory.QueryAsync(db => db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(), tenantName);
}
