namespace Perspective.Core.Tenants;

/// <summary>The host's list of tenants. Kept in the default tenant's database, cached in memory.</summary>
public interface ITenantCatalog
{
    /// <summary>Every tenant, the default first, then by name.</summary>
    Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default);

    Task<Tenant?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Saves a new or changed tenant record and refreshes the cache.</summary>
    Task SaveAsync(Tenant tenant, CancellationToken cancellationToken = default);

    /// <summary>Removes the record (not the database; see <see cref="ITenantDatabases"/>).</summary>
    Task RemoveAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>Creates, migrates and deletes tenants' databases for the configured provider.</summary>
public interface ITenantDatabases
{
    /// <summary>The connection string of a tenant's database.</summary>
    string ConnectionStringFor(string tenantName);

    /// <summary>Creates the database if it does not exist, then applies every migration.</summary>
    Task CreateAndMigrateAsync(string tenantName, CancellationToken cancellationToken = default);

    Task DeleteAsync(string tenantName, CancellationToken cancellationToken = default);
}
