using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Web.Data;

/// <summary>Brings the tenant database up to the latest migration before the server takes requests.</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, DatabaseSettings settings, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.MigrateOnStartup)
        {
            await MigrateAsync(scopes, logger, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(IServiceScopeFactory scopes, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migrations.", pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
