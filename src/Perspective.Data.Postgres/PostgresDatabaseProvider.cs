using Microsoft.EntityFrameworkCore;
using Npgsql;
using Perspective.Core.Data;

namespace Perspective.Data.Postgres;

/// <summary>PostgreSQL: one database per tenant on the default tenant's server, named <c>{default database}_{tenant}</c>.</summary>
public sealed class PostgresDatabaseProvider : IDatabaseProvider
{
    public string Name => "Postgres";

    public void Configure(DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable) =>
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(PostgresDatabaseProvider).Assembly.GetName().Name)
            .MigrationsHistoryTable(migrationsHistoryTable));

    public string TenantConnectionString(string defaultConnectionString, string dataPath, string tenantName)
    {
        var builder = new NpgsqlConnectionStringBuilder(defaultConnectionString);
        builder.Database = $"{builder.Database ?? "perspective"}_{tenantName.Replace('-', '_')}";
        return builder.ConnectionString;
    }

    public async Task CreateDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var server = await OpenServerAsync(connectionString, cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", server) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Quote(database)}", server);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var server = await OpenServerAsync(connectionString, cancellationToken);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(database)} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Connects to the server's maintenance database, since a database cannot create or drop itself.</summary>
    private static async Task<NpgsqlConnection> OpenServerAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    // Tenant names are slugs, but the identifier is quoted anyway: never trust a name into SQL.
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
