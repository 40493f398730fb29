using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Audit;

/// <summary>
/// A host on a database of its own for each test, SQLite or a fresh PostgreSQL database: tampering
/// switches the append-only triggers off, which must not leak into the next test (a class
/// fixture's PostgreSQL database would be shared by every test of the class).
/// </summary>
public abstract class AuditDatabaseTest(bool postgres) : IAsyncLifetime
{
    private readonly PostgresDatabase? _database = postgres ? new PostgresDatabase() : null;
    private PerspectiveFactory? _factory;

    protected PerspectiveFactory Factory => _factory ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync()
    {
        if (_database is null)
        {
            _factory = new PerspectiveFactory();
            return;
        }

        await _database.InitializeAsync();
        _factory = new PerspectiveFactory()
            .With("Database:Provider", "Postgres")
            .With("Database:ConnectionString", _database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        _factory?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
