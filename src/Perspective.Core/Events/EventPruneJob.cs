using Perspective.Core.Jobs;

namespace Perspective.Core.Events;

/// <summary>Once a day for each running tenant, deletes the events every subscriber has taken long ago.</summary>
public sealed class EventPruneJob(EventPruner pruner) : ITenantJob
{
    public const string Name = "events.prune";

    public Task RunAsync(TenantJobContext context, CancellationToken cancellationToken) => pruner.PruneAsync(cancellationToken);
}
