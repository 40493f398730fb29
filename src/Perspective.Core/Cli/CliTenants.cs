using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Tenants;

namespace Perspective.Core.Cli;

/// <summary>Finding the tenant a verb works on.</summary>
public static class CliTenants
{
    /// <summary>A tenant by name, the default when none is given; an unknown name is bad input.</summary>
    public static async Task<Tenant> FindAsync(IServiceProvider services, string? name) =>
        await services.GetRequiredService<ITenantCatalog>().FindAsync(name ?? Tenant.DefaultName)
            ?? throw new CliException($"There is no tenant called '{name}'.");
}
