using Perspective.Core.Tenants;
using Perspective.Web.Tenancy;

namespace Perspective.Web.Data;

/// <summary>Brings every tenant's database up to the latest migration before the server takes requests.</summary>
public sealed class DatabaseMigrator(TenantDatabases databases, ITenantCatalog catalog, DatabaseSettings settings) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.MigrateOnStartup)
        {
            await MigrateAllAsync(databases, catalog, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The default tenant's database first, since it holds the catalogue, then every other tenant's.</summary>
    public static async Task MigrateAllAsync(TenantDatabases databases, ITenantCatalog catalog, CancellationToken cancellationToken)
    {
        await databases.CreateAndMigrateAsync(Tenant.DefaultName, cancellationToken);
        foreach (var tenant in (await catalog.ListAsync(cancellationToken)).Where(t => !t.IsDefault))
        {
            await databases.CreateAndMigrateAsync(tenant.Name, cancellationToken);
        }
    }
}
