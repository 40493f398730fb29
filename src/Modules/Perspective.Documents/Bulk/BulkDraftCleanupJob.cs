using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;

namespace Perspective.Documents.Bulk;

/// <summary>
/// Every <see cref="BulkOptions.DraftCleanupInterval"/> (an hour), for every running tenant with
/// documents on, deletes bulk-send drafts abandoned for a day. Runs on every node;
/// <see cref="BulkDraftCleanup"/> claims each draft so it is deleted once.
/// </summary>
public sealed partial class BulkDraftCleanupJob(
    ITenantCatalog catalog,
    ITenantScopeFactory scopes,
    IOptions<BulkOptions> options,
    TimeProvider time,
    ILogger<BulkDraftCleanupJob> logger) : BackgroundService
{
    private const string ModuleName = "Perspective.Documents";

    /// <summary>How many rounds over every tenant have finished; lets a test wait for one.</summary>
    public int RoundsCompleted => Volatile.Read(ref _roundsCompleted);

    private int _roundsCompleted;

    /// <summary>One round over every tenant; a tenant that fails is logged and the others still run. Returns the drafts deleted.</summary>
    public async Task<int> RunAllAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var tenant in await catalog.ListAsync(cancellationToken))
        {
            if (tenant.State != TenantState.Running)
            {
                continue;
            }

            try
            {
                deleted += await RunForAsync(tenant, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogTenantFailed(logger, exception, tenant.Name);
            }
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DraftCleanupEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // Wait first: start-up never waits on a round.
            await Task.Delay(options.Value.DraftCleanupInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                if (await RunAllAsync(stoppingToken) is > 0 and var deleted)
                {
                    LogRound(logger, deleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The tenant list unreadable (a database restarting): try again next round.
                LogRoundFailed(logger, exception);
            }

            Interlocked.Increment(ref _roundsCompleted);
        }
    }

    private async Task<int> RunForAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        if (!scope.ServiceProvider.GetRequiredService<IModuleFeatures>().IsEnabled(ModuleName))
        {
            return 0;
        }

        return await scope.ServiceProvider.GetRequiredService<BulkDraftCleanup>().DeleteAbandonedAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} abandoned bulk-send drafts.")]
    private static partial void LogRound(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk-send draft cleanup failed for tenant {Tenant}; it will try again next round.")]
    private static partial void LogTenantFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bulk-send draft cleanup round failed; it will try again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
