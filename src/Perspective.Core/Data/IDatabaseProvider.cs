using Microsoft.EntityFrameworkCore;

namespace Perspective.Core.Data;

/// <summary>A database engine the tenant context can use; each lives in its own project with its own migrations.</summary>
public interface IDatabaseProvider
{
    /// <summary>The value of <c>Database:Provider</c> that selects this provider.</summary>
    string Name { get; }

    /// <summary>
    /// Points a context at <paramref name="connectionString"/>, taking migrations from the provider's
    /// own assembly and recording them in <paramref name="migrationsHistoryTable"/> (the kernel and
    /// each module with tables have their own).
    /// </summary>
    void Configure(DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable);

    /// <summary>
    /// The connection string of a tenant's own database, derived from the default tenant's
    /// (same server, a database or file of the tenant's own).
    /// </summary>
    string TenantConnectionString(string defaultConnectionString, string dataPath, string tenantName);

    /// <summary>Creates the database if it does not exist yet.</summary>
    Task CreateDatabaseAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>Deletes the database and everything in it.</summary>
    Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken);
}
