using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Perspective.Core.Jobs.Quartz;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Data.Sqlite;
using Perspective.Web.Composition;
using Perspective.Web.Data;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// A default tenant's SQLite database with every migration and the scheduler's schema applied and
/// no rows of its own, made once per test run by the host's own migrator and copied into each new
/// host's data folder. The host then finds nothing to migrate, so a test pays for a file copy
/// rather than for every migration. The copy is what migrating an empty file gives, byte for byte
/// in schema, so tests cannot tell the difference.
/// </summary>
public static class SqliteTemplate
{
    private static readonly Lazy<Task<string>> Template = new(() => Task.Run(CreateAsync));

    /// <summary>Puts a migrated database at the default tenant's place in <paramref name="dataPath"/>, unless one is there already.</summary>
    public static void CopyTo(string dataPath)
    {
        var target = DefaultDatabaseFile(dataPath);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Template.Value.GetAwaiter().GetResult(), target);
    }

    private static string DefaultDatabaseFile(string dataPath) => Path.Combine(dataPath, "Sites", Tenant.DefaultName, "perspective.db");

    private static async Task<string> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("perspective-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        var provider = new SqliteDatabaseProvider();
        var file = DefaultDatabaseFile(folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString;
        var settings = new DatabaseSettings(folder, provider, connectionString, MigrateOnStartup: true);
        var modules = ModuleCatalog.Create(ModuleDiscovery.FromHost(typeof(HostingExtensions).Assembly));
        await new TenantDatabases(settings, modules, NullLogger<TenantDatabases>.Instance).CreateAndMigrateAsync(Tenant.DefaultName);
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await QuartzSchema.ApplyAsync(connection, provider.Name, CancellationToken.None);
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
