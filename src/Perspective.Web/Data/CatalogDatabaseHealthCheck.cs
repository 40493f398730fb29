using Microsoft.Extensions.Diagnostics.HealthChecks;
using Perspective.Core.Tenants;
using Perspective.Web.Tenancy;

namespace Perspective.Web.Data;

/// <summary>Ready when the default tenant's database, which holds the tenant catalogue, answers.</summary>
public sealed class CatalogDatabaseHealthCheck(TenantDatabases databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Open(databases.ConnectionStringFor(Tenant.DefaultName));
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
