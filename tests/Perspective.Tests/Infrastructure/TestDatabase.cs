namespace Perspective.Tests.Infrastructure;

/// <summary>
/// The database one test runs on: the factory's own SQLite file, or a fresh PostgreSQL database of
/// its own, dropped afterwards. A test class that runs on both providers takes the choice from a
/// Sqlite and a Postgres subclass and points its factory here before the host starts.
/// </summary>
public sealed class TestDatabase(bool postgres) : IAsyncLifetime
{
    private readonly PostgresDatabase? _postgres = postgres ? new PostgresDatabase() : null;

    /// <summary>The PostgreSQL connection string, or null on SQLite.</summary>
    public string? PostgresConnectionString => _postgres?.ConnectionString;

    /// <summary>Points a factory that has not started yet at this database; on SQLite it keeps its own file.</summary>
    public T Use<T>(T factory)
        where T : PerspectiveFactory
    {
        if (_postgres is not null)
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", _postgres.ConnectionString);
        }

        return factory;
    }

    /// <summary>The variables that point a run of the host executable at this database (none on SQLite).</summary>
    public (string Name, string Value)[] Environment() =>
        _postgres is null ? [] : [("Database__Provider", "Postgres"), ("Database__ConnectionString", _postgres.ConnectionString)];

    public Task InitializeAsync() => _postgres?.InitializeAsync() ?? Task.CompletedTask;

    public Task DisposeAsync() => _postgres?.DisposeAsync() ?? Task.CompletedTask;
}
