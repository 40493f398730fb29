using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Modules;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Data;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Web.Data.Upgrade;

public sealed class SqliteUpgradeFixtureTests : UpgradeFixtureTests, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("perspective-upgrade-");

    protected override string Provider => "Sqlite";

    protected override async Task LoadAsync(string tenant, string script)
    {
        var file = Path.Combine(_folder.FullName, "Sites", tenant, "perspective.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using var connection = (SqliteConnection)Open(tenant);
        await using var command = new SqliteCommand(script, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override DbConnection Open(string tenant)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_folder.FullName, "Sites", tenant, "perspective.db"),
            Pooling = false,
        }.ConnectionString);
        connection.Open();
        return connection;
    }

    protected override PerspectiveFactory Host() => new PerspectiveFactory { StartSetUp = false }.With("Perspective:DataPath", _folder.FullName);

    protected override IReadOnlyList<string> TableNames(DbConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");

    // Columns by name, type, nullability and key; indexes, foreign keys and triggers as SQLite keeps them.
    protected override IReadOnlyList<string> Schema(DbConnection connection) =>
    [
        .. Strings(connection, """
            SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || (CASE WHEN c."notnull" THEN ' not null' ELSE '' END) || ' pk' || c.pk
            FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'
            """),
        .. Strings(connection, "SELECT 'index ' || name || ' ' || COALESCE(sql, tbl_name) FROM sqlite_master WHERE type = 'index'"),
        .. Strings(connection, """
            SELECT 'foreign key ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
            FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
            """),
        .. Strings(connection, "SELECT 'trigger ' || name || ' ' || sql FROM sqlite_master WHERE type = 'trigger'"),
    ];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}

public sealed class PostgresUpgradeFixtureTests : UpgradeFixtureTests, IAsyncLifetime
{
    // A database of its own for each test: the fixture is loaded into an empty one.
    private readonly PostgresDatabase database = new();
    private readonly List<string> _created = [];

    protected override string Provider => "Postgres";

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in _created)
        {
            await OnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        await database.DisposeAsync();
    }

    protected override async Task LoadAsync(string tenant, string script)
    {
        if (tenant != "Default")
        {
            // As the portal names them: the default tenant's database, an underscore, the tenant.
            var name = $"{DefaultDatabase}_{tenant}";
            await OnServerAsync($"CREATE DATABASE \"{name}\"");
            _created.Add(name);
        }

        await using var connection = (NpgsqlConnection)Open(tenant);
        await using var command = new NpgsqlCommand(script, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override DbConnection Open(string tenant)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Database = tenant == "Default" ? DefaultDatabase : $"{DefaultDatabase}_{tenant}",
            Pooling = false,
        }.ConnectionString);
        connection.Open();
        return connection;
    }

    protected override PerspectiveFactory Host() => new PerspectiveFactory { StartSetUp = false }
        .With("Database:Provider", "Postgres")
        .With("Database:ConnectionString", database.ConnectionString);

    protected override IReadOnlyList<string> TableNames(DbConnection connection) =>
        Strings(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");

    // Columns by name, type and nullability; indexes, constraints, triggers and functions as the server describes them.
    protected override IReadOnlyList<string> Schema(DbConnection connection) =>
    [
        .. Strings(connection, """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || COALESCE('(' || character_maximum_length || ')', '') || ' ' || is_nullable
            FROM information_schema.columns WHERE table_schema = 'public'
            """),
        .. Strings(connection, "SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"),
        .. Strings(connection, "SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace"),
        .. Strings(connection, "SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal"),
        .. Strings(connection, "SELECT 'function ' || proname || ' ' || md5(prosrc) FROM pg_proc WHERE pronamespace = 'public'::regnamespace"),
    ];

    protected override void Created(string tenant) => _created.Add($"{DefaultDatabase}_{tenant}");

    private string DefaultDatabase => new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;

    private static async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresDatabase.ServerConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// A deployment made by <c>main</c> on 3 December 2026 (two tenants, a row in every table; see the
/// fixture's README) upgrades at start-up with every row kept: each table's rows come back with the
/// same values in every column they had, whatever columns or tables the later migrations add.
/// </summary>
public abstract class UpgradeFixtureTests
{
    /// <summary>The <c>Perspective:DataProtection:Key</c> the fixture was made with (32 bytes of 'F'): its key ring and encrypted outbox rows open with it.</summary>
    public const string FixtureDataProtectionKey = "RkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkY=";

    private static readonly string[] Tenants = ["Default", "westshire"];

    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Upgrade", "Main20261203");

    protected abstract string Provider { get; }

    protected abstract Task LoadAsync(string tenant, string script);

    protected abstract DbConnection Open(string tenant);

    protected abstract PerspectiveFactory Host();

    protected abstract IReadOnlyList<string> TableNames(DbConnection connection);

    /// <summary>A line for each column, index, key, constraint, trigger and function of the database.</summary>
    protected abstract IReadOnlyList<string> Schema(DbConnection connection);

    /// <summary>The portal made a database for <paramref name="tenant"/> that the test must drop.</summary>
    protected virtual void Created(string tenant)
    {
    }

    [Fact]
    public async Task TheDecemberDeployment_UpgradesAtStartUp_WithEveryRowOfEveryTableKept()
    {
        var before = new Dictionary<string, Dictionary<string, List<Dictionary<string, string>>>>();
        foreach (var tenant in Tenants)
        {
            await LoadAsync(tenant, await File.ReadAllTextAsync(Path.Combine(FixtureFolder, Provider, $"{tenant}.sql")));
            before[tenant] = Snapshot(tenant);
        }

        // Background work would change rows for reasons of its own (sending the queued invitation, a checkpoint).
        using (var factory = Host()
            .With("Perspective:DataProtection:Key", FixtureDataProtectionKey)
            .With("Perspective:Email:SenderEnabled", "false")
            .With("Perspective:Audit:CheckpointEnabled", "false")
            .With("Perspective:Documents:RetentionEnabled", "false")
            .With("Perspective:Documents:DraftCleanupEnabled", "false"))
        {
            var response = await factory.CreateClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        foreach (var tenant in Tenants)
        {
            var after = Snapshot(tenant);
            foreach (var (table, rows) in before[tenant])
            {
                Assert.True(after.ContainsKey(table), $"{tenant}: the table {table} is gone after the upgrade.");
                var kept = after[table].Select(row => Render(row, rows.Count == 0 ? [] : rows[0].Keys)).ToList();
                Assert.Equal(rows.Count, kept.Count);
                foreach (var row in rows)
                {
                    Assert.Contains(Render(row, row.Keys), kept);
                }
            }
        }
    }

    [Fact]
    public async Task AnUpgradedDatabase_HasTheSameTablesColumnsIndexesAndTriggers_AsAFreshOneWithEveryModule()
    {
        const string Fresh = "fresh";
        await LoadAsync("westshire", await File.ReadAllTextAsync(Path.Combine(FixtureFolder, Provider, "westshire.sql")));
        using var factory = Host().With("Perspective:DataProtection:Key", FixtureDataProtectionKey).With("Perspective:Email:SenderEnabled", "false");
        var databases = factory.Services.GetRequiredService<TenantDatabases>();
        var schema = factory.Services.GetRequiredService<TenantSchema>();
        var everyModule = factory.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Name).ToList();

        // The upgrade of the fixture's tenant, and a database made from nothing with every module on.
        await databases.CreateAndMigrateAsync("westshire");
        await factory.Services.GetRequiredService<DatabaseSettings>().Provider.CreateDatabaseAsync(databases.ConnectionStringFor(Fresh), CancellationToken.None);
        Created(Fresh);
        await schema.MigrateKernelAsync(databases.ConnectionStringFor(Fresh), CancellationToken.None);
        await schema.MigrateModulesAsync(databases.ConnectionStringFor(Fresh), everyModule, CancellationToken.None);

        using var upgraded = Open("westshire");
        using var fresh = Open(Fresh);
        Assert.Equal(OwnTables(Schema(fresh)), OwnTables(Schema(upgraded)));
        Assert.Equal(Histories(fresh), Histories(upgraded));
        Assert.Contains(Schema(fresh), line => line.Contains("AuditEvents_OnlyChained", StringComparison.Ordinal));
        Assert.Equal(7, Histories(fresh).Count);
    }

    [Fact]
    public async Task TheFixture_HasRowsInEveryTableOfTheDefaultTenant()
    {
        await LoadAsync("Default", await File.ReadAllTextAsync(Path.Combine(FixtureFolder, Provider, "Default.sql")));

        var empty = Snapshot("Default").Where(t => t.Value.Count == 0).Select(t => t.Key).ToList();

        Assert.Empty(empty);
    }

    // Everything but the bookkeeping of EF Core (history and lock tables) and of the scheduler.
    private static List<string> OwnTables(IReadOnlyList<string> schema) =>
        schema.Where(line => !line.Contains("__", StringComparison.Ordinal) && !line.Contains("qrtz_", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    // Each history table of the new layout with the migrations it records.
    private List<string> Histories(DbConnection connection) =>
        TableNames(connection)
            .Where(t => t.StartsWith("__", StringComparison.Ordinal) && t.EndsWith("MigrationsHistory", StringComparison.Ordinal) && t != "__EFMigrationsHistory")
            .Select(t => $"{t}: {string.Join(", ", Strings(connection, $"SELECT \"MigrationId\" FROM \"{t}\" ORDER BY \"MigrationId\""))}")
            .Order(StringComparer.Ordinal)
            .ToList();

    protected static IReadOnlyList<string> Strings(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    // Every row of every table but EF's own bookkeeping, as column name -> value text.
    private Dictionary<string, List<Dictionary<string, string>>> Snapshot(string tenant)
    {
        using var connection = Open(tenant);
        var tables = new Dictionary<string, List<Dictionary<string, string>>>();
        foreach (var table in TableNames(connection).Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<Dictionary<string, string>>();
            while (reader.Read())
            {
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
                }

                rows.Add(row);
            }

            tables[table] = rows;
        }

        return tables;
    }

    private static string Render(Dictionary<string, string> row, IEnumerable<string> columns) =>
        string.Join(" | ", columns.Order(StringComparer.Ordinal).Select(c => $"{c}={row.GetValueOrDefault(c, "<missing column>")}"));
}
