using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Perspective.Core.Data;
using Perspective.Core.Modules;

namespace Perspective.Web.Data;

/// <summary>
/// The tables of one tenant database: the kernel's, brought up to date by its own migrations, and
/// each module's, by the module's own (ADR-016). A module's tables are made the first time it is
/// enabled and kept, and kept up to date, when it is disabled. A database made by the
/// single-context layout first finishes that frozen chain, then hands its tables to the new
/// histories.
/// </summary>
public sealed partial class TenantSchema(DatabaseSettings settings, ModuleCatalog modules, ILogger<TenantSchema> logger)
{
    /// <summary>The kernel's context on a database, outside any request scope.</summary>
    public TenantDbContext OpenKernel(string connectionString)
    {
        var options = new DbContextOptionsBuilder<TenantDbContext>();
        settings.Provider.Configure(options, connectionString, TenantDbContext.HistoryTable);
        return new TenantDbContext(options.Options, modules);
    }

    /// <summary>Brings the kernel's tables up to date, upgrading a database of the single-context layout first.</summary>
    public async Task MigrateKernelAsync(string connectionString, CancellationToken cancellationToken)
    {
        bool legacy;
        await using (var probe = OpenKernel(connectionString))
        {
            legacy = await IsLegacyAsync(probe, connectionString, cancellationToken);
        }

        if (legacy)
        {
            await UpgradeLegacyAsync(connectionString, cancellationToken);
        }

        // A context of its own: a history repository may remember that its table was missing.
        await using var db = OpenKernel(connectionString);
        await MigrateAsync(db, "the kernel", cancellationToken);
    }

    /// <summary>
    /// Creates or brings up to date the tables of every module in <paramref name="enabledModules"/>,
    /// in dependency order, and brings up to date those of any other module that has tables already.
    /// </summary>
    public async Task MigrateModulesAsync(string connectionString, IReadOnlyCollection<string> enabledModules, CancellationToken cancellationToken)
    {
        foreach (var module in modules.Modules.Where(m => m.Startup.Data is not null))
        {
            await using var db = module.Startup.Data!.Open(settings.Provider, connectionString);
            if (enabledModules.Contains(module.Name, StringComparer.Ordinal) || await HasHistoryAsync(db, cancellationToken))
            {
                await MigrateAsync(db, module.Name, cancellationToken);
            }
        }
    }

    private async Task MigrateAsync(DbContext db, string owner, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogApplying(logger, pending.Count, owner);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    // Made by the single-context layout: its history is there and the kernel's is not.
    private async Task<bool> IsLegacyAsync(TenantDbContext kernel, string connectionString, CancellationToken cancellationToken)
    {
        if (await HasHistoryAsync(kernel, cancellationToken))
        {
            return false;
        }

        await using var legacy = OpenLegacy(connectionString);
        return await HasHistoryAsync(legacy, cancellationToken);
    }

    /// <summary>
    /// Runs the frozen chain to its end (it made the tables of every module it knew), then records
    /// the kernel's and each of those modules' baselines as applied, in one transaction: the baselines create exactly the
    /// tables the chain left.
    /// </summary>
    private async Task UpgradeLegacyAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using (var legacy = OpenLegacy(connectionString))
        {
            await MigrateAsync(legacy, "the single-context layout", cancellationToken);
        }

        var owners = new List<DbContext> { OpenKernel(connectionString) };
        owners.AddRange(modules.Modules
            .Where(m => m.Startup.Data is { } data && LegacyTenantDbContext.OwnersOfItsTables.Contains(data.HistoryTable))
            .Select(m => m.Startup.Data!.Open(settings.Provider, connectionString)));
        try
        {
            var kernel = owners[0].Database;
            await using var transaction = await kernel.BeginTransactionAsync(cancellationToken);
            var connection = kernel.GetDbConnection();
            foreach (var owner in owners)
            {
                var history = owner.GetService<IHistoryRepository>();
                var baseline = owner.Database.GetMigrations().First();
                await ExecuteAsync(connection, transaction.GetDbTransaction(), history.GetCreateIfNotExistsScript(), cancellationToken);
                await ExecuteAsync(connection, transaction.GetDbTransaction(), history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            LogUpgraded(logger, owners.Count);
        }
        finally
        {
            foreach (var owner in owners)
            {
                await owner.DisposeAsync();
            }
        }
    }

    /// <summary>A context for the frozen migrations of the single-context layout on a database.</summary>
    public LegacyTenantDbContext OpenLegacy(string connectionString)
    {
        var options = new DbContextOptionsBuilder<LegacyTenantDbContext>();
        settings.Provider.Configure(options, connectionString, LegacyTenantDbContext.HistoryTable);

        // The shell maps nothing and its chain is frozen: its model never matches the chain's end.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new LegacyTenantDbContext(options.Options);
    }

    // Asked of the catalogue: Npgsql's history repository answers "exists" for any table once the database does.
    private static async Task<bool> HasHistoryAsync(DbContext db, CancellationToken cancellationToken)
    {
        var table = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MigrationsHistoryTableName!;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = db.Database.IsNpgsql()
                ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @table"
                : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@table";
            parameter.Value = table;
            command.Parameters.Add(parameter);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migrations of {Owner}.")]
    private static partial void LogApplying(ILogger logger, int count, string owner);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upgraded a database of the single-context layout: {Count} baselines recorded as applied.")]
    private static partial void LogUpgraded(ILogger logger, int count);
}
