using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;

namespace Perspective.Files.Housekeeping;

/// <summary>
/// Runs one piece of housekeeping in a scope of every running tenant that has the module doing it
/// on. A tenant that fails is logged by name only (the exception may name a file or a record,
/// never its contents) and the others still run.
/// </summary>
public sealed partial class EachRunningTenant(ITenantCatalog catalog, ITenantScopeFactory scopes, ILogger<EachRunningTenant> logger)
{
    /// <summary>What <paramref name="work"/> gave for each tenant with <paramref name="moduleName"/> on that it ran in without failing.</summary>
    public async Task<IReadOnlyList<T>> RunAsync<T>(string moduleName, string workName, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var results = new List<T>();
        foreach (var tenant in await catalog.ListAsync(cancellationToken))
        {
            if (tenant.State != TenantState.Running)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateScope(tenant);
                if (scope.ServiceProvider.GetRequiredService<IModuleFeatures>().IsEnabled(moduleName))
                {
                    results.Add(await work(scope.ServiceProvider, cancellationToken));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogTenantFailed(logger, exception, workName, tenant.Name);
            }
        }

        return results;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} failed for tenant {Tenant}; it will try again next round.")]
    private static partial void LogTenantFailed(ILogger logger, Exception exception, string work, string tenant);
}
