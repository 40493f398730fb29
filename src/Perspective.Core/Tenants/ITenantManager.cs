namespace Perspective.Core.Tenants;

/// <summary>Creates and changes tenants: the platform administrator's work, through the browser or the CLI.</summary>
public interface ITenantManager
{
    /// <summary>Everything that would stop a creation, keyed by field (empty key for the whole request). Writes nothing.</summary>
    Task<IReadOnlyList<(string Field, string Message)>> CheckAsync(NewTenant request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks, records the tenant (answering 503 meanwhile), creates and migrates its database,
    /// runs its setup recipe inside it, then marks it Running. Returns the problems, if any.
    /// </summary>
    Task<IReadOnlyList<(string Field, string Message)>> CreateAsync(NewTenant request, IProgress<(int Step, int Steps, string Name)>? progress = null, CancellationToken cancellationToken = default);

    Task DisableAsync(string name, CancellationToken cancellationToken = default);

    Task EnableAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes the tenant's record and its database. The default tenant cannot be deleted.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}
