using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Perspective.Core.Events;
using Perspective.Core.Jobs.Quartz;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;
using Quartz;

namespace Perspective.Tests.Core.Jobs;

/// <summary>A portal that does not migrate at start-up starts before its database can be reached, and its scheduler follows once it can.</summary>
public sealed class SchedulerStartTests : IAsyncLifetime
{
    private readonly string _name = $"perspective_test_{Guid.NewGuid():N}";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresDatabase.ServerConnectionString) { Database = _name }.ConnectionString;

    [Fact]
    public async Task WithTheDatabaseMissingAtStart_TheSchedulerStartsOnceTheMigrateVerbHasMadeIt_WithTheRecurringRounds()
    {
        using var factory = new PerspectiveFactory { StartSetUp = false }
            .With("Database:Provider", "Postgres")
            .With("Database:ConnectionString", ConnectionString)
            .With("Database:MigrateOnStartup", "false")
            .With("Perspective:Jobs:StartRetryDelay", "00:00:00.2");
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var notReady = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.NotEqual(SchedulerStatus.Running, scheduler.Status);

        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
        await factory.Services.GetRequiredService<QuartzSchemaInstaller>().ApplyAsync(CancellationToken.None);

        await Poll.UntilAsync(() => Task.FromResult(scheduler.Status), status => status == SchedulerStatus.Running, TimeSpan.FromSeconds(60),
            _ => "The scheduler did not start once its database could be reached.");
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey("recurring." + EventPruneJob.Name, Tenant.DefaultName)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresDatabase.ServerConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
