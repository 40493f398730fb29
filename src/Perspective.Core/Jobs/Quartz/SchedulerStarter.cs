using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Perspective.Core.Jobs.Quartz;

/// <summary>
/// Starts the scheduler of a portal that does not migrate at start-up. Such a portal starts (not
/// ready) even while its database cannot be reached, so once the application has started this
/// waits until the database answers and holds Quartz's tables (the <c>migrate</c> verb applies
/// them), matches the recurring rounds, then starts the scheduler; until then it tries again with a
/// doubling wait. Quartz is started only against a reachable store: a start that fails half-way
/// would skip the recovery of jobs whose node died.
/// </summary>
internal sealed partial class SchedulerStarter(
    QuartzSchemaInstaller schema, RecurringJobs recurring, ISchedulerFactory schedulers, IHostApplicationLifetime lifetime,
    IOptions<JobOptions> options, TimeProvider time, ILogger<SchedulerStarter> logger) : IHostedService
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    private Task _starting = Task.CompletedTask;
    private IScheduler? _scheduler;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _starting = StartWhenReachableAsync(lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    private async Task StartWhenReachableAsync(CancellationToken stopping)
    {
        var wait = options.Value.StartRetryDelay;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (await schema.IsInstalledAsync(stopping))
                {
                    await recurring.SyncAsync(stopping);
                    if (options.Value.Enabled)
                    {
                        var scheduler = await schedulers.GetScheduler(stopping);
                        await scheduler.Start(stopping);
                        _scheduler = scheduler;
                    }

                    LogStarted(logger);
                    return;
                }

                LogNoSchema(logger, wait);
            }
            catch (Exception exception) when (exception is DbException or SchedulerException or TimeoutException)
            {
                LogUnreachable(logger, exception.Message, wait);
            }

            try
            {
                await Task.Delay(wait, time, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAny(_starting, Task.Delay(Timeout.Infinite, cancellationToken));
        if (_scheduler is { Status: SchedulerStatus.Running or SchedulerStatus.Standby } scheduler && !cancellationToken.IsCancellationRequested)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The job scheduler has started.")]
    private static partial void LogStarted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The job scheduler's tables are not in the database yet (run the migrate verb); trying again in {Wait}.")]
    private static partial void LogNoSchema(ILogger logger, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The job scheduler cannot start yet: {Reason} Trying again in {Wait}.")]
    private static partial void LogUnreachable(ILogger logger, string reason, TimeSpan wait);
}
