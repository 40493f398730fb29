using System.Data.Common;
using Microsoft.Extensions.Hosting;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// Applies <see cref="QuartzSchema"/>: at start-up before the scheduler starts (hosted services start in
/// order) when the portal migrates then, and otherwise with the <c>migrate</c> verb.
/// </summary>
public sealed class QuartzSchemaInstaller(string providerName, string connectionString, DbProviderFactory driver) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => ApplyAsync(cancellationToken);

    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = driver.CreateConnection() ?? throw new InvalidOperationException("The database driver made no connection.");
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(cancellationToken);
        await QuartzSchema.ApplyAsync(connection, providerName, cancellationToken);
    }

    /// <summary>Whether the database can be reached and holds Quartz's tables, so the scheduler can start.</summary>
    public async Task<bool> IsInstalledAsync(CancellationToken cancellationToken)
    {
        await using var connection = driver.CreateConnection() ?? throw new InvalidOperationException("The database driver made no connection.");
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = providerName.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
            ? "SELECT to_regclass('qrtz_locks') IS NOT NULL"
            : "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'QRTZ_LOCKS')";
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
