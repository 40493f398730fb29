using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Modules.Tenants.Creation;

/// <summary>
/// One node of a deployment for tenant creation: on SQLite (sharing another node's data folder when
/// given it) or on a PostgreSQL database, with Quartz's intervals short. It may run no jobs (a node
/// that only serves pages), or hold every creation once the tenant's database is made: for good, as
/// a node that dies there would, or until the creation is cancelled, as a node that stops would.
/// </summary>
internal sealed class CreationNodeFactory : PerspectiveFactory
{
    private readonly bool _holdsAfterDatabase;
    private readonly bool _heldUntilCancelled;

    public CreationNodeFactory(string? postgres, string? dataPathOf = null, bool runsJobs = true, bool holdsAfterDatabase = false, bool heldUntilCancelled = false)
    {
        _holdsAfterDatabase = holdsAfterDatabase || heldUntilCancelled;
        _heldUntilCancelled = heldUntilCancelled;
        With("Perspective:Jobs:Enabled", runsJobs ? "true" : "false");
        With("Perspective:Jobs:IdleWait", "00:00:01");
        With("Perspective:Jobs:ClusterCheckinInterval", "00:00:01");
        With("Perspective:Jobs:ClusterCheckinMisfireThreshold", "00:00:01");
        With("Perspective:Email:SenderEnabled", "false");
        if (postgres is not null)
        {
            With("Database:Provider", "Postgres").With("Database:ConnectionString", postgres);
        }

        if (dataPathOf is not null)
        {
            With("Perspective:DataPath", dataPathOf);
        }
    }

    /// <summary>Set once a held creation has made the tenant's database (and so its record) and stopped there.</summary>
    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Drops a tenant's own PostgreSQL database, which the test database's disposal does not.</summary>
    public static async Task DropTenantDatabaseAsync(string postgres, string tenantName)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(postgres).Database + "_" + tenantName;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresDatabase.ServerConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_holdsAfterDatabase)
        {
            builder.ConfigureTestServices(services =>
                services.AddSingleton<ITenantDatabases>(provider => new HeldDatabases(provider.GetRequiredService<TenantDatabases>(), Held, _heldUntilCancelled)));
        }
    }

    /// <summary>The real tenant databases, except that making one is followed by nothing: the work stops there for good, or until it is cancelled.</summary>
    private sealed class HeldDatabases(TenantDatabases inner, TaskCompletionSource held, bool untilCancelled) : ITenantDatabases
    {
        private static readonly TaskCompletionSource Never = new();

        public string ConnectionStringFor(string tenantName) => inner.ConnectionStringFor(tenantName);

        public async Task CreateAndMigrateAsync(string tenantName, CancellationToken cancellationToken = default)
        {
            await inner.CreateAndMigrateAsync(tenantName, cancellationToken);
            held.TrySetResult();
            await Never.Task.WaitAsync(untilCancelled ? cancellationToken : CancellationToken.None);
        }

        public Task DeleteAsync(string tenantName, CancellationToken cancellationToken = default) => inner.DeleteAsync(tenantName, cancellationToken);
    }
}
