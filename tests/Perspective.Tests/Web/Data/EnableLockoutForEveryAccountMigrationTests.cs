using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Perspective.Core.Data;
using Perspective.Core.Modules;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Composition;
using Perspective.Web.Data;

namespace Perspective.Tests.Web.Data;

public sealed class SqliteEnableLockoutForEveryAccountMigrationTests : EnableLockoutForEveryAccountMigrationTests, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("perspective-migration-");

    protected override string Provider => "Sqlite";

    protected override string ConnectionString =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.FullName, "perspective.db"), Pooling = false }.ConnectionString;

    public void Dispose() => _folder.Delete(recursive: true);
}

public sealed class PostgresEnableLockoutForEveryAccountMigrationTests(PostgresDatabase database) : EnableLockoutForEveryAccountMigrationTests, IClassFixture<PostgresDatabase>
{
    protected override string Provider => "Postgres";

    protected override string ConnectionString => database.ConnectionString;
}

/// <summary>
/// The data migration (now in the frozen chain of the single-context layout, ADR-016) turns lockout
/// on for accounts an invitation made with it off.
/// </summary>
public abstract class EnableLockoutForEveryAccountMigrationTests
{
    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    [Fact]
    public async Task AnExistingAccountWithLockoutOff_HasItOn_AfterTheMigration()
    {
        await using var legacy = LegacyContext();
        var migrations = legacy.Database.GetMigrations().ToList();
        var migration = migrations.FindIndex(m => m.EndsWith("_EnableLockoutForEveryAccount", StringComparison.Ordinal));
        await legacy.GetService<IMigrator>().MigrateAsync(migrations[migration - 1]);
        await legacy.Database.ExecuteSqlAsync($"""
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "DisplayName", "CreatedUtc", "EmailAlerts",
                "LockoutEnabled", "AccessFailedCount", "PhoneNumberConfirmed", "TwoFactorEnabled", "SecurityStamp")
            VALUES ('invited', 'sam@school.test', 'SAM@SCHOOL.TEST', 'sam@school.test', 'SAM@SCHOOL.TEST', {false}, 'Sam Smith', {ClockFactory.Start}, 'Immediate',
                {false}, {0}, {false}, {false}, 'STAMP')
            """);

        await legacy.GetService<IMigrator>().MigrateAsync();

        await using var db = Context();
        Assert.True(await db.Users.Where(u => u.Id == "invited").Select(u => u.LockoutEnabled).SingleAsync());
    }

    private TenantDbContext Context()
    {
        var options = new DbContextOptionsBuilder<TenantDbContext>();
        DatabaseSettings.Providers.Single(p => p.Name == Provider).Configure(options, ConnectionString, TenantDbContext.HistoryTable);
        return new TenantDbContext(options.Options, ModuleCatalog.Create(ModuleDiscovery.FromHost(typeof(HostingExtensions).Assembly)));
    }

    private LegacyTenantDbContext LegacyContext()
    {
        var options = new DbContextOptionsBuilder<LegacyTenantDbContext>();
        DatabaseSettings.Providers.Single(p => p.Name == Provider).Configure(options, ConnectionString, LegacyTenantDbContext.HistoryTable);
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new LegacyTenantDbContext(options.Options);
    }
}
