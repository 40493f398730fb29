using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Perspective.Files.Housekeeping;

/// <summary>
/// A background job that runs a round every <see cref="Interval"/> while <see cref="Enabled"/>,
/// waiting first: start-up never waits on a round, and a restart loop cannot hammer the database.
/// A round that fails as a whole (the tenant list unreadable while a database restarts) is logged
/// and tried again next time. Runs on every node; each round's work claims what it deletes.
/// </summary>
public abstract partial class HousekeepingJob(TimeProvider time, ILogger logger) : BackgroundService
{
    private int _roundsCompleted;

    /// <summary>How many rounds have finished (failed ones included); lets a test wait for one.</summary>
    public int RoundsCompleted => Volatile.Read(ref _roundsCompleted);

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One round over every tenant, logging what it did.</summary>
    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRoundFailed(logger, exception, GetType().Name);
            }

            Interlocked.Increment(ref _roundsCompleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Job} round failed; it will try again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string job);
}
