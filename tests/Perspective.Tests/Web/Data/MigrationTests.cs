using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Perspective.Web.Data;

namespace Perspective.Tests.Web.Data;

public sealed class MigrationTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void EveryContext_HasNoModelChangesThatNoMigrationCovers(string provider)
    {
        var contexts = DesignTimeTenantDbContextFactory.CreateAll(provider);
        try
        {
            // The kernel's and every module's with tables.
            Assert.Equal(7, contexts.Count);

            // When this fails, add a migration for the provider and the context:
            // dotnet ef migrations add NAME --context <Context> --output-dir Migrations/<Kernel or module>
            //     --project src/Perspective.Data.<Provider> --startup-project src/Perspective.Web -- --provider <Provider>
            foreach (var db in contexts)
            {
                Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations of {db.GetType().Name} do not cover its model.");
            }
        }
        finally
        {
            foreach (var db in contexts)
            {
                db.Dispose();
            }
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void EachContext_KeepsItsOwnMigrationsAndHistoryTable(string provider)
    {
        var contexts = DesignTimeTenantDbContextFactory.CreateAll(provider);
        try
        {
            var histories = contexts.Select(db => db.GetService<IMigrationsAssembly>().Assembly.GetName().Name + ":" + HistoryTable(db)).ToList();
            var migrations = contexts.SelectMany(db => db.Database.GetMigrations()).ToList();

            Assert.Equal(contexts.Count, histories.Distinct().Count());
            Assert.DoesNotContain(histories, h => h.EndsWith(":__EFMigrationsHistory", StringComparison.Ordinal));
            Assert.All(contexts, db => Assert.NotEmpty(db.Database.GetMigrations()));
            Assert.Equal(migrations.Count, migrations.Distinct().Count());
        }
        finally
        {
            foreach (var db in contexts)
            {
                db.Dispose();
            }
        }
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

    private static string HistoryTable(DbContext db) =>
        RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MigrationsHistoryTableName!;
}
