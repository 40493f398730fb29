using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Perspective.Core.Data;
using Perspective.Core.Modules;
using Perspective.Web.Composition;

namespace Perspective.Web.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build the tenant context for either provider:
/// <c>dotnet ef migrations add NAME --project src/Perspective.Data.Postgres --startup-project src/Perspective.Web -- --provider Postgres</c>.
/// </summary>
public sealed class DesignTimeTenantDbContextFactory : IDesignTimeDbContextFactory<TenantDbContext>
{
    public TenantDbContext CreateDbContext(string[] args)
    {
        var index = Array.IndexOf(args, "--provider");
        var name = index >= 0 && index + 1 < args.Length ? args[index + 1] : "Sqlite";
        return Create(name);
    }

    /// <summary>A context for <paramref name="providerName"/> that needs no live server: enough to read the model and migrations.</summary>
    public static TenantDbContext Create(string providerName)
    {
        var provider = DatabaseSettings.Providers.Single(p => string.Equals(p.Name, providerName, StringComparison.OrdinalIgnoreCase));
        var options = new DbContextOptionsBuilder<TenantDbContext>();
        provider.Configure(options, provider.Name == "Sqlite" ? "Data Source=design-time.db" : "Host=localhost;Database=design_time");
        var catalog = ModuleCatalog.Create(ModuleDiscovery.FromHost(typeof(HostingExtensions).Assembly));
        return new TenantDbContext(options.Options, catalog);
    }
}
