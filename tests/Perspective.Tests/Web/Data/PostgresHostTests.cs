using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Data;

public sealed class PostgresHostTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Host_OnPostgres_MigratesAtStartUp_AndIsReady()
    {
        using var factory = new PerspectiveFactory()
            .With("Database:Provider", "Postgres")
            .With("Database:ConnectionString", database.ConnectionString);

        var response = await factory.CreateClient().GetAsync("/health/ready");
        var applied = await factory.QueryAsync(db => db.Database.GetAppliedMigrationsAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await factory.QueryAsync(db => Task.FromResult(db.Database.GetMigrations())), applied);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await factory.QueryAsync(db => Task.FromResult(db.Database.ProviderName)));
    }
}
