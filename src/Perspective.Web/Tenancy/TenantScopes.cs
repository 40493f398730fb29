using Perspective.Core.Tenants;

namespace Perspective.Web.Tenancy;

/// <summary>Creates service scopes bound to one tenant, for work outside a request (start-up, CLI verbs, jobs).</summary>
public sealed class TenantScopes(IServiceScopeFactory scopes) : ITenantScopeFactory
{
    public AsyncServiceScope CreateScope(Tenant tenant)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Current = tenant;
        return scope;
    }
}
