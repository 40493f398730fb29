namespace Perspective.Core.Tenants;

/// <summary>Creates and changes tenants: the platform administrator's work, through the browser or the CLI.</summary>
public interface ITenantManager
{
    /// <summary>Everything that would stop a creation, keyed by field (empty key for the whole request). Writes nothing.</summary>
    Task<IReadOnlyList<(string Field, string Message)>> CheckAsync(NewTenant request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks, records the tenant (answering 503 meanwhile), creates and migrates its database,
    /// runs its setup recipe inside it, invites its administrator, then marks it Running. Returns the
    /// problems, if any; a creation that fails removes what it made.
    /// </summary>
    /// <param name="carryOn">
    /// True for a creation that may be run again (a job): it carries on from a record of its name
    /// that is still being set up, each step first looking whether it has already happened, and when
    /// cancelled it keeps what it made for the next run to finish. False (the CLI) refuses a name in
    /// use and removes what it made when cancelled.
    /// </param>
    Task<IReadOnlyList<(string Field, string Message)>> CreateAsync(
        NewTenant request, bool carryOn, IProgress<(int Step, int Steps, string Name)>? progress = null, CancellationToken cancellationToken = default);

    Task DisableAsync(string name, CancellationToken cancellationToken = default);

    Task EnableAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes the tenant's record and its database. The default tenant cannot be deleted.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}
