using Microsoft.Data.Sqlite;
using Perspective.Core.Tenants;
using Perspective.Data.Sqlite;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// A default tenant's SQLite database with the scheduler's schema and the tables a fresh host
/// would make, and no rows of its own, made once per test run by the host's own migrator and
/// copied into each new host's data folder. The host then finds nothing to migrate, so a test pays
/// for a file copy rather than for every migration. Two templates, since a module's tables are
/// made only once it is switched on (ADR-016): one as a host leaves the database before first-run
/// setup (the kernel and the always-enabled modules), one as <see cref="RunningDefaultTenant"/>
/// leaves it (every module switched on). A third, for a tenant other than the default one, lacks
/// the scheduler's schema, which only the default tenant's database holds.
/// </summary>
public static class SqliteTemplate
{
    private static readonly Lazy<Task<string>> BeforeSetup = new(() => Task.Run(() => CreateAsync(everyModule: false, scheduler: true)));
    private static readonly Lazy<Task<string>> SetUp = new(() => Task.Run(() => CreateAsync(everyModule: true, scheduler: true)));
    private static readonly Lazy<Task<string>> OtherTenant = new(() => Task.Run(() => CreateAsync(everyModule: true, scheduler: false)));

    /// <summary>
    /// Puts a migrated database at the default tenant's place in <paramref name="dataPath"/>, unless
    /// one is there already: with every module's tables when <paramref name="everyModule"/> (the
    /// default tenant will be set up with every module on), otherwise only those a tenant always has.
    /// </summary>
    public static void CopyTo(string dataPath, bool everyModule)
    {
        var target = DefaultDatabaseFile(dataPath);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy((everyModule ? SetUp : BeforeSetup).Value.GetAwaiter().GetResult(), target);
    }

    /// <summary>
    /// Puts a database with every module's tables at <paramref name="file"/>, for a tenant other than
    /// the default one whose every module will be switched on.
    /// </summary>
    public static async Task CopyForTenantAsync(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(await OtherTenant.Value, file);
    }

    private static string DefaultDatabaseFile(string dataPath) => Path.Combine(dataPath, "Sites", Tenant.DefaultName, "perspective.db");

    private static async Task<string> CreateAsync(bool everyModule, bool scheduler)
    {
        var folder = Directory.CreateTempSubdirectory("perspective-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        var file = DefaultDatabaseFile(folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString;
        await TemplateSchema.ApplyAsync(new SqliteDatabaseProvider(), folder, connectionString, everyModule, scheduler,
            () => new SqliteConnection(connectionString));

        // The file is in write-ahead-log mode: everything goes into it before it is copied alone.
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        return file;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; it is in the temp folder.
        }
    }
}
