using Microsoft.Extensions.Options;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;

namespace Perspective.Web.Tenancy;

/// <summary>
/// Which modules the current tenant has switched on. A module is on when it is always enabled or
/// listed in the tenant's features, is not switched off for the whole deployment
/// (<c>Perspective:Modules:Disabled</c>), and every module it depends on is on too.
/// </summary>
public sealed class TenantModuleFeatures(ModuleCatalog catalog, ITenantContext tenant, IOptionsMonitor<ModuleOptions> options) : IModuleFeatures
{
    public bool IsEnabled(string moduleName) => IsEnabled(catalog, options.CurrentValue, tenant.Current, moduleName);

    /// <summary>The names of the modules <paramref name="tenant"/> has switched on, in dependency order.</summary>
    public static IReadOnlyList<string> EnabledFor(ModuleCatalog catalog, ModuleOptions options, Tenant tenant) =>
        catalog.Modules.Where(m => IsEnabled(catalog, options, tenant, m.Name)).Select(m => m.Name).ToList();

    private static bool IsEnabled(ModuleCatalog catalog, ModuleOptions options, Tenant tenant, string moduleName)
    {
        var module = catalog.Find(moduleName);
        return module is not null
            && !options.Disabled.Contains(moduleName, StringComparer.Ordinal)
            && (module.AlwaysEnabled || tenant.EnabledFeatures.Contains(moduleName, StringComparer.Ordinal))
            && module.Dependencies.All(d => IsEnabled(catalog, options, tenant, d));
    }
}
