using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Web.Data;

namespace Perspective.Web.Tenancy;

/// <summary>Each tenant's database: where it is, and creating, migrating and dropping it.</summary>
public sealed class TenantDatabases(
    DatabaseSettings settings, TenantSchema schema, ModuleCatalog modules, IOptionsMonitor<ModuleOptions> moduleOptions, ILogger<TenantDatabases> logger)
    : ITenantDatabases
{
    public string ConnectionStringFor(string tenantName) =>
        tenantName == Tenant.DefaultName
            ? settings.ConnectionString
            : settings.Provider.TenantConnectionString(settings.ConnectionString, settings.DataPath, tenantName);

    /// <summary>
    /// Creates the database if need be, then brings up to date the kernel's tables and those of every
    /// module the tenant has switched on (always-enabled ones included) or has had switched on.
    /// </summary>
    public async Task CreateAndMigrateAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        var connectionString = ConnectionStringFor(tenantName);
        await settings.Provider.CreateDatabaseAsync(connectionString, cancellationToken);
        await schema.MigrateKernelAsync(connectionString, cancellationToken);
        await schema.MigrateModulesAsync(connectionString, await EnabledModulesAsync(tenantName, cancellationToken), cancellationToken);

        await using var db = Open(connectionString);
        var chained = await AuditChainUpgrade.ChainOlderEventsAsync(db, cancellationToken);
        if (chained > 0)
        {
            logger.LogInformation("Chained {Count} audit events written before the audit trail was hash-chained, for tenant {Tenant}.", chained, tenantName);
        }
    }

    /// <summary>
    /// Creates the tables of the modules <paramref name="tenant"/> has switched on since
    /// <paramref name="before"/> was saved (for a new record: beyond the always-enabled ones, which
    /// the database got when it was made). Nothing switched on, nothing touched.
    /// </summary>
    public async Task CreateTablesOfModulesSwitchedOnAsync(Tenant? before, Tenant tenant, CancellationToken cancellationToken = default)
    {
        var options = moduleOptions.CurrentValue;
        var switchedOn = TenantModuleFeatures.EnabledFor(modules, options, tenant)
            .Except(TenantModuleFeatures.EnabledFor(modules, options, before ?? new Tenant { Name = tenant.Name, DisplayName = tenant.DisplayName }), StringComparer.Ordinal)
            .ToList();
        if (switchedOn.Count > 0)
        {
            await schema.MigrateModulesAsync(ConnectionStringFor(tenant.Name), switchedOn, cancellationToken);
        }
    }

    public Task DeleteAsync(string tenantName, CancellationToken cancellationToken = default) =>
        tenantName == Tenant.DefaultName
            ? throw new InvalidOperationException("The default tenant's database cannot be deleted.")
            : settings.Provider.DropDatabaseAsync(ConnectionStringFor(tenantName), cancellationToken);

    /// <summary>A kernel context on a tenant's database outside any request scope.</summary>
    public TenantDbContext Open(string connectionString) => schema.OpenKernel(connectionString);

    // The catalogue is in the default tenant's database, which is migrated first. A tenant not in
    // it yet (the default one before setup) has only the always-enabled modules.
    private async Task<IReadOnlyList<string>> EnabledModulesAsync(string tenantName, CancellationToken cancellationToken)
    {
        await using var catalog = Open(ConnectionStringFor(Tenant.DefaultName));
        var tenant = await catalog.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Name == tenantName, cancellationToken)
            ?? new Tenant { Name = tenantName, DisplayName = tenantName };
        return TenantModuleFeatures.EnabledFor(modules, moduleOptions.CurrentValue, tenant);
    }
}
