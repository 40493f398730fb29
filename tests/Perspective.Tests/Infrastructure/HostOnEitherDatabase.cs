namespace Perspective.Tests.Infrastructure;

/// <summary>
/// A test class with one host per test on either provider: the factory's own SQLite file, or a fresh
/// PostgreSQL database dropped afterwards. Its Sqlite and Postgres subclasses make the choice.
/// </summary>
public abstract class HostOnEitherDatabase<TFactory>(bool postgres, TFactory factory) : IAsyncLifetime
    where TFactory : PerspectiveFactory
{
    protected TestDatabase Database { get; } = new(postgres);

    protected TFactory Factory { get; } = factory;

    public virtual async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Database.Use(Factory);
    }

    public async Task DisposeAsync()
    {
        Factory.Dispose();
        await Database.DisposeAsync();
    }
}
