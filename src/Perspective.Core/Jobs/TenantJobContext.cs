using Perspective.Core.Tenants;

namespace Perspective.Core.Jobs;

/// <summary>What a job run is given: its tenant, its id, which attempt this is, and the data it was enqueued with.</summary>
public sealed record TenantJobContext(Tenant Tenant, string JobId, int Attempt, bool Recovering, IReadOnlyDictionary<string, string> Data);
