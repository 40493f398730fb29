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

    /// <summary>
    /// Makes the file (SQLite makes it on first connection, once its folder exists) and puts it in
    /// write-ahead-log mode, which the file keeps: readers and a writer then work at once, where
    /// the default journal makes a commit wait for every reader and an insert sent without a
    /// transaction fail at once with "database is locked". Run on every migrate, so older files
    /// change too.
    /// </summary>
    public async Task CreateDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
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
