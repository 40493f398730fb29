using Npgsql;
using Perspective.Data.Postgres;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL counterpart of <see cref="SqliteTemplate"/>: template databases migrated once per
/// test run by the host's own migrator, from which a host's empty database is made again with
/// <c>CREATE DATABASE … TEMPLATE</c>, so the host finds nothing to migrate. The same three kinds:
/// before first-run setup, set up with every module, and another tenant's (no scheduler schema).
/// The templates are dropped when the test process ends.
/// </summary>
public static class PostgresTemplate
{
    private static readonly string Run = Guid.NewGuid().ToString("N")[..12];
    private static readonly Lazy<Task<string>> BeforeSetup = new(() => Task.Run(() => CreateAsync("before_setup", everyModule: false, scheduler: true)));
    private static readonly Lazy<Task<string>> SetUp = new(() => Task.Run(() => CreateAsync("set_up", everyModule: true, scheduler: true)));
    private static readonly Lazy<Task<string>> OtherTenant = new(() => Task.Run(() => CreateAsync("other_tenant", everyModule: true, scheduler: false)));

    /// <summary>
    /// Makes the database <paramref name="connectionString"/> names a copy of the template, when it is
    /// still empty (no table yet): a test that put something there first keeps it, and migrates.
    /// </summary>
    public static void FillIfEmpty(string connectionString, bool everyModule)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using var connection = OpenServer();
        using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } })
        {
            // Only a database PostgresDatabase made is filled; one still to be made is left to the host.
            if (exists.ExecuteScalar() is null)
            {
                return;
            }
        }

        if (HasTables(connectionString))
        {
            return;
        }

        var template = (everyModule ? SetUp : BeforeSetup).Value.GetAwaiter().GetResult();
        NpgsqlConnection.ClearAllPools();
        Execute(connection, $"DROP DATABASE {Quote(database)} WITH (FORCE)");
        Execute(connection, $"CREATE DATABASE {Quote(database)} TEMPLATE {Quote(template)}");
    }

    /// <summary>Makes a tenant's database, before the host creates it, as a copy of the template with every module's tables.</summary>
    public static async Task CreateForTenantAsync(string connectionString)
    {
        var template = await OtherTenant.Value;
        using var connection = OpenServer();
        Execute(connection, $"CREATE DATABASE {Quote(new NpgsqlConnectionStringBuilder(connectionString).Database!)} TEMPLATE {Quote(template)}");
    }

    private static async Task<string> CreateAsync(string kind, bool everyModule, bool scheduler)
    {
        var name = $"perspective_template_{Run}_{kind}";
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDrop(name);
        // No pooling: a template cannot be copied while anyone is connected to it.
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresDatabase.ServerConnectionString) { Database = name, Pooling = false }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("perspective-pg-template-").FullName;
        try
        {
            await TemplateSchema.ApplyAsync(new PostgresDatabaseProvider(), folder, connectionString, everyModule, scheduler,
                () => new NpgsqlConnection(connectionString));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return name;
    }

    private static bool HasTables(string connectionString)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static NpgsqlConnection OpenServer()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresDatabase.ServerConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static void TryDrop(string name)
    {
        try
        {
            using var connection = OpenServer();
            Execute(connection, $"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The server is gone already (./test.sh stops it); nothing is left to drop.
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
