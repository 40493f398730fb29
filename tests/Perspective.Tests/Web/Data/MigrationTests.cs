using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Perspective.Web.Data;

namespace Perspective.Tests.Web.Data;

public sealed class MigrationTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void Model_HasNoChangesThatNoMigrationCovers(string provider)
    {
        using var db = DesignTimeTenantDbContextFactory.Create(provider);

        // When this fails, add a migration for the provider:
        // dotnet ef migrations add NAME --project src/Perspective.Data.<Provider> --startup-project src/Perspective.Web -- --provider <Provider>
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations do not cover the current model.");
    }

    [Theory]
    [InlineData("Sqlite", "Perspective.Data.Sqlite")]
    [InlineData("Postgres", "Perspective.Data.Postgres")]
    public void EachProvider_TakesItsMigrationsFromItsOwnAssembly(string provider, string assembly)
    {
        using var db = DesignTimeTenantDbContextFactory.Create(provider);

        var migrations = db.Database.GetMigrations().ToList();

        Assert.NotEmpty(migrations);
        Assert.Equal(assembly, db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Assembly.GetName().Name);
    }
}
