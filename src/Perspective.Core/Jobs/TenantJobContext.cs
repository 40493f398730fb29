using Perspective.Core.Tenants;

namespace Perspective.Core.Jobs;

/// <summary>
/// What a job run is given: its tenant, its id, when it was due (a cron job's slot), which attempt
/// this is, whether it is a run again of one whose node died, and the data it was enqueued with.
/// </summary>
public sealed record TenantJobContext(Tenant Tenant, string JobId, DateTimeOffset DueUtc, int Attempt, bool Recovering, IReadOnlyDictionary<string, string> Data);
