using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Perspective.Core.Data;
using Perspective.Core.Modules;
using Perspective.Web.Composition;

namespace Perspective.Web.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build the kernel's context for either provider:
/// <c>dotnet ef migrations add NAME --context TenantDbContext --output-dir Migrations/Kernel --project src/Perspective.Data.Postgres --startup-project src/Perspective.Web -- --provider Postgres</c>.
/// </summary>
public sealed class DesignTimeTenantDbContextFactory : IDesignTimeDbContextFactory<TenantDbContext>
{
    public TenantDbContext CreateDbContext(string[] args) => Create(DesignTimeDatabase.ProviderNameFrom(args));

    /// <summary>A context for <paramref name="providerName"/> that needs no live server: enough to read the model and migrations.</summary>
    public static TenantDbContext Create(string providerName)
    {
        var provider = DesignTimeDatabase.Provider(providerName);
        var options = new DbContextOptionsBuilder<TenantDbContext>();
        provider.Configure(options, DesignTimeDatabase.ConnectionString(provider), TenantDbContext.HistoryTable);
        return new TenantDbContext(options.Options, Modules);
    }

    /// <summary>The kernel's context and every module's, for <paramref name="providerName"/>.</summary>
    public static IReadOnlyList<DbContext> CreateAll(string providerName)
    {
        var provider = DesignTimeDatabase.Provider(providerName);
        return
        [
            Create(providerName),
            .. Modules.Modules.Where(m => m.Startup.Data is not null).Select(m => m.Startup.Data!.Open(provider, DesignTimeDatabase.ConnectionString(provider))),
        ];
    }

    private static ModuleCatalog Modules => ModuleCatalog.Create(ModuleDiscovery.FromHost(typeof(HostingExtensions).Assembly));
}
