using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Core.Tenants;

/// <summary>
/// Creates a service scope that works for one tenant (its database, features and settings), for
/// work on a tenant other than the request's: exporting its configuration from the default tenant,
/// jobs, CLI verbs. Dispose the scope when done.
/// </summary>
public interface ITenantScopeFactory
{
    AsyncServiceScope CreateScope(Tenant tenant);
}
