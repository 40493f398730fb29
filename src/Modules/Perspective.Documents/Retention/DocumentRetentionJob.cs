using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Documents.Files;
using Perspective.Files.Housekeeping;

namespace Perspective.Documents.Retention;

/// <summary>
/// Every <see cref="RetentionOptions.RetentionInterval"/> (an hour), for every running tenant with
/// documents on, deletes expired documents, sweeps orphan blobs and scans again the files held
/// because the virus scanner could not be reached. <see cref="DocumentRetention"/> claims each
/// document so it is deleted once.
/// </summary>
public sealed partial class DocumentRetentionJob(
    EachRunningTenant tenants,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<DocumentRetentionJob> logger) : HousekeepingJob(time, logger)
{
    protected override bool Enabled => options.Value.RetentionEnabled;

    protected override TimeSpan Interval => options.Value.RetentionInterval;

    /// <summary>One round over every tenant; a tenant that fails is logged and the others still run.</summary>
    public async Task<RetentionRound> RunAllAsync(CancellationToken cancellationToken) =>
        (await tenants.RunAsync(Startup.ModuleName, "Retention", RunForAsync, cancellationToken)).Aggregate(RetentionRound.Nothing, (total, round) => total.Add(round));

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var round = await RunAllAsync(cancellationToken);
        if (round.Deleted > 0)
        {
            LogRound(logger, round.Deleted, round.BlobsNotDeleted);
        }
    }

    private static async Task<RetentionRound> RunForAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var round = await services.GetRequiredService<DocumentRetention>().DeleteExpiredAsync(cancellationToken);
        await services.GetRequiredService<OrphanBlobSweeper>().SweepAsync(cancellationToken);
        await services.GetRequiredService<HeldFileRescanner>().RescanAsync(cancellationToken);
        return round;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Count} documents; {BlobsNotDeleted} blobs left for the orphan sweep.")]
    private static partial void LogRound(ILogger logger, int count, int blobsNotDeleted);
}
