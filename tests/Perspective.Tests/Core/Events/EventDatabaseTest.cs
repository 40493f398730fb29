using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Events;

/// <summary>
/// A database of its own for each test, SQLite in a folder of its own or a fresh PostgreSQL
/// database, that several hosts can be started over one after another, as after a restart.
/// </summary>
public abstract class EventDatabaseTest(bool postgres) : IAsyncLifetime
{
    private readonly PostgresDatabase? _database = postgres ? new PostgresDatabase() : null;
    private readonly string _dataPath = Directory.CreateTempSubdirectory("perspective-events-").FullName;

    /// <summary>A new host over this test's database, with settings applied before it starts.</summary>
    protected EventsFactory NewHost(params (string Key, string Value)[] settings)
    {
        var factory = new EventsFactory();
        factory.With("Perspective:DataPath", _dataPath);
        if (_database is not null)
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", _database.ConnectionString);
        }

        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }

        return factory;
    }

    protected static async Task<Tenant> DefaultTenantAsync(EventsFactory host) =>
        (await host.Services.GetRequiredService<ITenantCatalog>().FindAsync(Tenant.DefaultName))!;

    public async Task InitializeAsync()
    {
        if (_database is not null)
        {
            await _database.InitializeAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; it is in the temp folder.
        }
    }
}
