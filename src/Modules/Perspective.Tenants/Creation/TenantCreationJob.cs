namespace Perspective.Tenants.Creation;

public enum TenantCreationState
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// Where one tenant's creation has got to, as <see cref="TenantCreationJobs"/> last saw it. Step 0
/// of 0 means the recipe has not started yet (the tenant's database is being made).
/// </summary>
public sealed record TenantCreationJob(
    string Id,
    string TenantName,
    string OwnerId,
    DateTimeOffset StartedUtc,
    TenantCreationState State = TenantCreationState.Running,
    int Step = 0,
    int Steps = 0,
    string? StepName = null)
{
    /// <summary>Why a failed creation failed, in words for the platform administrator.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
