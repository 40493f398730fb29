using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Perspective.Files.Housekeeping;

namespace Perspective.Files.Storage;

/// <summary>
/// Every hour, for every running tenant, removes the <c>.partial</c> files that
/// killed uploads left behind. Safe on several nodes at once: deleting a file twice is harmless.
/// </summary>
public sealed partial class PartialFileSweepJob(EachRunningTenant tenants, TimeProvider time, ILogger<PartialFileSweepJob> logger) : HousekeepingJob(time, logger)
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    protected override bool Enabled => true;

    protected override TimeSpan Interval => SweepInterval;

    /// <summary>One round over every tenant; returns how many files it removed.</summary>
    public async Task<int> SweepAllAsync(CancellationToken cancellationToken) =>
        (await tenants.RunAsync(Startup.ModuleName, "The partial upload sweep", SweepAsync, cancellationToken)).Sum();

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        if (await SweepAllAsync(cancellationToken) is > 0 and var deleted)
        {
            LogRound(logger, deleted);
        }
    }

    private static Task<int> SweepAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Task.FromResult(services.GetRequiredService<PartialFileSweeper>().Sweep());

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} abandoned partial uploads.")]
    private static partial void LogRound(ILogger logger, int count);
}
