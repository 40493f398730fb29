using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Web.Data;

namespace Perspective.Web.Tenancy;

/// <summary>Each tenant's database: where it is, and creating, migrating and dropping it.</summary>
public sealed class TenantDatabases(DatabaseSettings settings, ModuleCatalog modules, ILogger<TenantDatabases> logger) : ITenantDatabases
{
    public string ConnectionStringFor(string tenantName) =>
        tenantName == Tenant.DefaultName
            ? settings.ConnectionString
            : settings.Provider.TenantConnectionString(settings.ConnectionString, settings.DataPath, tenantName);

    public async Task CreateAndMigrateAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        var connectionString = ConnectionStringFor(tenantName);
        await settings.Provider.CreateDatabaseAsync(connectionString, cancellationToken);
        await using var db = Open(connectionString);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations to the database of tenant {Tenant}.", pending.Count, tenantName);
            await db.Database.MigrateAsync(cancellationToken);
        }

        var chained = await AuditChainUpgrade.ChainOlderEventsAsync(db, cancellationToken);
        if (chained > 0)
        {
            logger.LogInformation("Chained {Count} audit events written before the audit trail was hash-chained, for tenant {Tenant}.", chained, tenantName);
        }
    }

    public Task DeleteAsync(string tenantName, CancellationToken cancellationToken = default) =>
        tenantName == Tenant.DefaultName
            ? throw new InvalidOperationException("The default tenant's database cannot be deleted.")
            : settings.Provider.DropDatabaseAsync(ConnectionStringFor(tenantName), cancellationToken);

    /// <summary>A context on a tenant's database outside any request scope.</summary>
    public TenantDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<TenantDbContext>();
        settings.Provider.Configure(options, connectionString);
        return new TenantDbContext(options.Options, modules);
    }
}
