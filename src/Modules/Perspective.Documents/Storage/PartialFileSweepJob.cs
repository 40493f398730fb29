using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;

namespace Perspective.Documents.Storage;

/// <summary>
/// Every hour, for every running tenant with documents on, removes the <c>.partial</c> files that
/// killed uploads left behind. Safe on several nodes at once: deleting a file twice is harmless.
/// </summary>
public sealed class PartialFileSweepJob(ITenantCatalog catalog, ITenantScopeFactory scopes, TimeProvider time, ILogger<PartialFileSweepJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private const string ModuleName = "Perspective.Documents";

    /// <summary>One round over every tenant; returns how many files it removed.</summary>
    public async Task<int> SweepAllAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var tenant in await catalog.ListAsync(cancellationToken))
        {
            if (tenant.State != TenantState.Running)
            {
                continue;
            }

            await using var scope = scopes.CreateScope(tenant);
            if (scope.ServiceProvider.GetRequiredService<IModuleFeatures>().IsEnabled(ModuleName))
            {
                deleted += scope.ServiceProvider.GetRequiredService<PartialFileSweeper>().Sweep();
            }
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                var deleted = await SweepAllAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Removed {Count} abandoned partial uploads.", deleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One failed round (a disk briefly unavailable) must not stop the job for good.
                logger.LogError(exception, "The partial upload sweep failed; it will try again.");
            }
        }
    }
}
