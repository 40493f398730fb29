using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Data.Sqlite;

/// <summary>SQLite: one file per tenant at <c>{DataPath}/Sites/{tenant}/perspective.db</c>.</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    public string Name => "Sqlite";

    public void Configure(DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable) =>
        options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly.GetName().Name)
            .MigrationsHistoryTable(migrationsHistoryTable));

    public string TenantConnectionString(string defaultConnectionString, string dataPath, string tenantName) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "Sites", tenantName, "perspective.db") }.ConnectionString;

    public Task CreateDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        // SQLite creates the file on first connection; only its folder must exist.
        var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return Task.CompletedTask;
    }

    public Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }
}
