using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;

namespace Perspective.Tests.Infrastructure;

public static class Database
{
    /// <summary>Runs a query against the host's tenant database in a scope of its own.</summary>
    public static async Task<T> QueryAsync<T>(this PerspectiveFactory factory, Func<TenantDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        return await query(db);
    }

    public static Task<List<string>> AuditActionsAsync(this PerspectiveFactory factory) =>
        factory.QueryAsync(db => db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
}
