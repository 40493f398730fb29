using Perspective.Core.Tenants;

namespace Perspective.Web.Tenancy;

/// <summary>The scope's tenant, set once by the resolution middleware or by whoever creates a scope for a tenant.</summary>
public sealed class TenantContext : ITenantContext
{
    private Tenant? _current;

    public Tenant Current
    {
        get => _current ?? throw new InvalidOperationException("No tenant has been chosen for this scope.");
        set
        {
            if (_current is not null && _current.Name != value.Name)
            {
                throw new InvalidOperationException($"This scope already works for tenant '{_current.Name}'.");
            }

            _current = value;
        }
    }

    public bool HasTenant => _current is not null;
}
