using Microsoft.Extensions.Logging;
using Perspective.Core.Jobs;

namespace Perspective.Documents.Bulk;

/// <summary>
/// Every <see cref="BulkOptions.DraftCleanupInterval"/> (an hour), for each running tenant with
/// documents on, deletes bulk-send drafts abandoned for a day. <see cref="BulkDraftCleanup"/>
/// claims each draft so it is deleted once.
/// </summary>
public sealed partial class BulkDraftCleanupJob(BulkDraftCleanup cleanup, ILogger<BulkDraftCleanupJob> logger) : ITenantJob
{
    public const string Name = "documents.bulk-draft-cleanup";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        if (await RunOnceAsync(cancellationToken) is > 0 and var deleted)
        {
            LogRound(logger, context.Tenant.Name, deleted);
        }
    }

    /// <summary>One round for this scope's tenant: the drafts it deleted.</summary>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken) => cleanup.DeleteAbandonedAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} abandoned bulk-send drafts of tenant {Tenant}.")]
    private static partial void LogRound(ILogger logger, string tenant, int count);
}
