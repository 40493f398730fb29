using Microsoft.Extensions.Logging;
using Perspective.Core.Jobs;
using Perspective.Documents.Files;
using Perspective.Files.Storage;

namespace Perspective.Documents.Retention;

/// <summary>
/// Every <see cref="RetentionOptions.RetentionInterval"/> (an hour), for each running tenant with
/// documents on, deletes expired documents, sweeps orphan blobs and scans again the files held
/// because the virus scanner could not be reached. <see cref="DocumentRetention"/> claims each
/// document so it is deleted once. A tenant's round that fails is retried on its own (ADR-013).
/// </summary>
public sealed partial class DocumentRetentionJob(
    DocumentRetention retention,
    OrphanBlobSweeper orphans,
    HeldFileRescanner rescanner,
    ILogger<DocumentRetentionJob> logger) : ITenantJob
{
    public const string Name = "documents.retention";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var round = await RunOnceAsync(cancellationToken);
        if (round.Deleted > 0)
        {
            LogRound(logger, context.Tenant.Name, round.Deleted, round.BlobsNotDeleted);
        }
    }

    /// <summary>One round for this scope's tenant: what it deleted.</summary>
    public async Task<RetentionRound> RunOnceAsync(CancellationToken cancellationToken)
    {
        var round = await retention.DeleteExpiredAsync(cancellationToken);
        await orphans.SweepAsync(cancellationToken);
        await rescanner.RescanAsync(cancellationToken);
        return round;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Count} documents of tenant {Tenant}; {BlobsNotDeleted} blobs left for the orphan sweep.")]
    private static partial void LogRound(ILogger logger, string tenant, int count, int blobsNotDeleted);
}
