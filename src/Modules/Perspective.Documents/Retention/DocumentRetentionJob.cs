using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Documents.Files;

namespace Perspective.Documents.Retention;

/// <summary>
/// Every <see cref="RetentionOptions.RetentionInterval"/> (an hour), for every running tenant with
/// documents on, deletes expired documents, sweeps orphan blobs and scans again the files held
/// because the virus scanner could not be reached. Runs on every node;
/// <see cref="DocumentRetention"/> claims each document so it is deleted once.
/// </summary>
public sealed partial class DocumentRetentionJob(
    ITenantCatalog catalog,
    ITenantScopeFactory scopes,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<DocumentRetentionJob> logger) : BackgroundService
{
    private const string ModuleName = "Perspective.Documents";

    /// <summary>How many rounds over every tenant have finished (failed tenants included); lets a test wait for one.</summary>
    public int RoundsCompleted => Volatile.Read(ref _roundsCompleted);

    private int _roundsCompleted;

    /// <summary>One round over every tenant; a tenant that fails is logged and the others still run.</summary>
    public async Task<RetentionRound> RunAllAsync(CancellationToken cancellationToken)
    {
        var total = RetentionRound.Nothing;
        foreach (var tenant in await catalog.ListAsync(cancellationToken))
        {
            if (tenant.State != TenantState.Running)
            {
                continue;
            }

            try
            {
                total = total.Add(await RunForAsync(tenant, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The tenant's name only: the exception may name a document, never its contents.
                LogTenantFailed(logger, exception, tenant.Name);
            }
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RetentionEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // Wait first: start-up never waits on a round, and a restart loop cannot hammer the database.
            await Task.Delay(options.Value.RetentionInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                var round = await RunAllAsync(stoppingToken);
                if (round.Deleted > 0)
                {
                    LogRound(logger, round.Deleted, round.BlobsNotDeleted);
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

    private async Task<RetentionRound> RunForAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        if (!scope.ServiceProvider.GetRequiredService<IModuleFeatures>().IsEnabled(ModuleName))
        {
            return RetentionRound.Nothing;
        }

        var round = await scope.ServiceProvider.GetRequiredService<DocumentRetention>().DeleteExpiredAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<OrphanBlobSweeper>().SweepAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<HeldFileRescanner>().RescanAsync(cancellationToken);
        return round;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Count} documents; {BlobsNotDeleted} blobs left for the orphan sweep.")]
    private static partial void LogRound(ILogger logger, int count, int blobsNotDeleted);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention failed for tenant {Tenant}; it will try again next round.")]
    private static partial void LogTenantFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention round failed; it will try again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
