using Perspective.Core.Data;
using Perspective.Core.Tenants;
using Perspective.Web.Data;

namespace Perspective.Web.Tenancy;

/// <summary>The module tables of the scope's tenant, in its own database.</summary>
public sealed class TenantModuleTables(ITenantContext tenant, ITenantDatabases databases, TenantSchema schema) : IModuleTables
{
    public Task CreateAsync(IEnumerable<string> moduleNames, CancellationToken cancellationToken = default) =>
        schema.MigrateModulesAsync(databases.ConnectionStringFor(tenant.Current.Name), [.. moduleNames], cancellationToken);
}
