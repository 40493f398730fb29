using System.Net;
using Npgsql;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Tenancy;

public sealed class PostgresTenantTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task CreatingATenant_OnPostgres_CreatesAndMigratesADatabaseOfItsOwn()
    {
        using var factory = new PerspectiveFactory()
            .With("Database:Provider", "Postgres")
            .With("Database:ConnectionString", database.ConnectionString);

        await factory.CreateTenantAsync("north", host: "north.test");
        await factory.ClientOn("north.test").SignInAsync("nobody@north.test", "wrong password here");

        var tenantDatabase = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database + "_north";
        Assert.True(await DatabaseExistsAsync(tenantDatabase));
        Assert.Contains("users.sign-in.failed", await factory.AuditActionsAsync("north"));
        Assert.DoesNotContain("users.sign-in.failed", await factory.AuditActionsAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientOn("north.test").GetAsync("/sign-in")).StatusCode);

        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Perspective.Core.Tenants.ITenantManager>(factory.Services).DeleteAsync("north");
        Assert.False(await DatabaseExistsAsync(tenantDatabase));
    }

    private static async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresDatabase.ServerConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        return await command.ExecuteScalarAsync() is not null;
    }
}
