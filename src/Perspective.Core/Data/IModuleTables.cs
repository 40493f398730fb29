namespace Perspective.Core.Data;

/// <summary>The current tenant's module tables (ADR-016).</summary>
public interface IModuleTables
{
    /// <summary>
    /// Creates the tables of the named modules that the tenant's database does not have yet, and
    /// brings up to date those it has. Runs its own migrations: never call it inside a transaction.
    /// </summary>
    Task CreateAsync(IEnumerable<string> moduleNames, CancellationToken cancellationToken = default);
}
