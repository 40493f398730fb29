using Perspective.Core.Audit;
using Perspective.Core.Jobs;

namespace Perspective.Web.Audit;

/// <summary>
/// Every <see cref="AuditCheckpointOptions.CheckpointInterval"/>, for each running tenant whose
/// trail has grown, writes a signed checkpoint of the chain's head, and logs it, so the log outside
/// the database also holds where each chain stood. Each round runs on one node; a tenant that
/// fails is retried on its own.
/// </summary>
public sealed partial class AuditCheckpointJob(AuditCheckpoints checkpoints, ILogger<AuditCheckpointJob> logger) : ITenantJob
{
    public const string Name = "audit.checkpoint";

    public Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RunOnceAsync(context.Tenant.Name, cancellationToken);
    }

    /// <summary>One round for this scope's tenant: whether it wrote a checkpoint (none when nothing was recorded since the last).</summary>
    public async Task<bool> RunOnceAsync(string tenantName, CancellationToken cancellationToken)
    {
        var checkpoint = await checkpoints.WriteAsync(cancellationToken);
        if (checkpoint is not null)
        {
            LogCheckpoint(logger, tenantName, checkpoint.Sequence, checkpoint.Hash);
        }

        return checkpoint is not null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint for tenant {Tenant}: event {Sequence}, hash {Hash}.")]
    private static partial void LogCheckpoint(ILogger logger, string tenant, long sequence, string hash);
}
