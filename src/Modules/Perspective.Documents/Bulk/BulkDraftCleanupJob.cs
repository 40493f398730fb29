using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Files.Housekeeping;

namespace Perspective.Documents.Bulk;

/// <summary>
/// Every <see cref="BulkOptions.DraftCleanupInterval"/> (an hour), for every running tenant with
/// documents on, deletes bulk-send drafts abandoned for a day. <see cref="BulkDraftCleanup"/>
/// claims each draft so it is deleted once.
/// </summary>
public sealed partial class BulkDraftCleanupJob(
    EachRunningTenant tenants,
    IOptions<BulkOptions> options,
    TimeProvider time,
    ILogger<BulkDraftCleanupJob> logger) : HousekeepingJob(time, logger)
{
    protected override bool Enabled => options.Value.DraftCleanupEnabled;

    protected override TimeSpan Interval => options.Value.DraftCleanupInterval;

    /// <summary>One round over every tenant; a tenant that fails is logged and the others still run. Returns the drafts deleted.</summary>
    public async Task<int> RunAllAsync(CancellationToken cancellationToken) =>
        (await tenants.RunAsync(Startup.ModuleName, "Bulk-send draft cleanup", RunForAsync, cancellationToken)).Sum();

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        if (await RunAllAsync(cancellationToken) is > 0 and var deleted)
        {
            LogRound(logger, deleted);
        }
    }

    private static Task<int> RunForAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<BulkDraftCleanup>().DeleteAbandonedAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} abandoned bulk-send drafts.")]
    private static partial void LogRound(ILogger logger, int count);
}
