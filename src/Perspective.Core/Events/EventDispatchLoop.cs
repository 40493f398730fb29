using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Core.Tenants;

namespace Perspective.Core.Events;

/// <summary>
/// The catch-up pass: at start and then every <see cref="EventsOptions.PollInterval"/>, runs
/// <see cref="EventDispatcher.DispatchPendingAsync"/> for every running tenant, so events the fast
/// path missed (a crash, a failure, a stopped host) are delivered. A tenant that fails is logged and
/// the others still run.
/// </summary>
public sealed partial class EventDispatchLoop(
    ITenantCatalog catalog,
    EventDispatcher dispatcher,
    IOptions<EventsOptions> options,
    TimeProvider time,
    ILogger<EventDispatchLoop> logger) : BackgroundService
{
    private int _roundsCompleted;

    /// <summary>How many rounds have finished; lets a test wait for one.</summary>
    public int RoundsCompleted => Volatile.Read(ref _roundsCompleted);

    /// <summary>One round over every running tenant: how many deliveries succeeded.</summary>
    public async Task<int> RunAllAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var tenant in await catalog.ListAsync(cancellationToken))
        {
            if (tenant.State != TenantState.Running)
            {
                continue;
            }

            try
            {
                delivered += await dispatcher.DispatchPendingAsync(tenant, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogTenantFailed(logger, exception, tenant.Name);
            }
        }

        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host finishes starting while the first round runs.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAllAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRoundFailed(logger, exception);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            Interlocked.Increment(ref _roundsCompleted);
            await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering due events failed for tenant {Tenant}; it will try again next round.")]
    private static partial void LogTenantFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of event delivery failed; it will try again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
