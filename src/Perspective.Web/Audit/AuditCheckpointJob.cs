using Microsoft.Extensions.Options;
using Perspective.Core.Audit;
using Perspective.Core.Tenants;

namespace Perspective.Web.Audit;

/// <summary>
/// Every <see cref="AuditCheckpointOptions.CheckpointInterval"/>, for every running tenant whose
/// trail has grown, writes a signed checkpoint of the chain's head, and logs it, so the log outside
/// the database also holds where each chain stood. Waits first, like the documents housekeeping:
/// start-up never waits on a round. A tenant that fails is logged and the others still run; a
/// second node writing the same checkpoint is harmless.
/// </summary>
public sealed partial class AuditCheckpointJob(
    ITenantCatalog catalog,
    ITenantScopeFactory scopes,
    IOptions<AuditCheckpointOptions> options,
    TimeProvider time,
    ILogger<AuditCheckpointJob> logger) : BackgroundService
{
    private int _roundsCompleted;

    /// <summary>How many rounds have finished; lets a test wait for one.</summary>
    public int RoundsCompleted => Volatile.Read(ref _roundsCompleted);

    /// <summary>One round over every running tenant: how many checkpoints it wrote.</summary>
    public async Task<int> RunAllAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var tenant in await catalog.ListAsync(cancellationToken))
        {
            if (tenant.State != TenantState.Running)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateScope(tenant);
                var checkpoint = await scope.ServiceProvider.GetRequiredService<AuditCheckpoints>().WriteAsync(cancellationToken);
                if (checkpoint is not null)
                {
                    LogCheckpoint(logger, tenant.Name, checkpoint.Sequence, checkpoint.Hash);
                    written++;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogTenantFailed(logger, exception, tenant.Name);
            }
        }

        return written;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.CheckpointEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.CheckpointInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await RunAllAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRoundFailed(logger, exception);
            }

            Interlocked.Increment(ref _roundsCompleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint for tenant {Tenant}: event {Sequence}, hash {Hash}.")]
    private static partial void LogCheckpoint(ILogger logger, string tenant, long sequence, string hash);

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit checkpoint failed for tenant {Tenant}; it will try again next round.")]
    private static partial void LogTenantFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(Level = LogLevel.Error, Message = "An audit checkpoint round failed; it will try again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
