namespace Perspective.Core.Tenants;

/// <summary>
/// The tenant the current request or job works for. Everything tenant-specific — the database,
/// enabled modules, cookies — is chosen from it, so a scope can never reach two tenants.
/// </summary>
public interface ITenantContext
{
    Tenant Current { get; }
}
