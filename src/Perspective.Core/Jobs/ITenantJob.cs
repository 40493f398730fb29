namespace Perspective.Core.Jobs;

/// <summary>
/// A piece of background work a module registers (<see cref="JobServices.AddTenantJob{TJob}"/>).
/// Each run is resolved from a service scope of the job's tenant, so its database, settings and
/// features are that tenant's and no other's. A run that throws is retried with backoff, then
/// listed as failed for an administrator to retry. A run may happen twice (a node that died
/// mid-run is recovered on another), so jobs are idempotent.
/// </summary>
public interface ITenantJob
{
    Task RunAsync(TenantJobContext context, CancellationToken cancellationToken);
}
