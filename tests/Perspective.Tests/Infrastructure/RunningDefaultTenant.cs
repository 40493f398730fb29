using Microsoft.Extensions.Hosting;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// Puts the default tenant into the Running state with every module enabled, as first-run setup
/// would, once migrations have run. Tests of setup itself leave it out.
/// </summary>
public sealed class RunningDefaultTenant(ITenantCatalog catalog, ModuleCatalog modules) : IHostedService
{
    public const string LocalAuthorityName = "Northshire County Council";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tenant = (await catalog.FindAsync(Tenant.DefaultName, cancellationToken))!;
        if (tenant.State == TenantState.Uninitialized)
        {
            tenant.State = TenantState.Running;
            tenant.DisplayName = LocalAuthorityName;
            tenant.EnabledFeatures = modules.Modules.Select(m => m.Name).ToList();
            await catalog.SaveAsync(tenant, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
