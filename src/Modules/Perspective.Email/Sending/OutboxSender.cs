using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;

namespace Perspective.Email.Sending;

/// <summary>
/// The background sender: round after round, for every running tenant, sends what is due. Runs on
/// every node; claims keep any message from being sent by two. A tenant whose mail server is down
/// only delays its own messages.
/// </summary>
public sealed class OutboxSender(
    ITenantCatalog catalog,
    ITenantScopeFactory scopes,
    IOptions<EmailOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const string ModuleName = "Perspective.Email";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                foreach (var tenant in await catalog.ListAsync(stoppingToken))
                {
                    sent += await SendForAsync(tenant, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One bad round (a database restarting) must not stop the sender for good.
                logger.LogError(exception, "The email sender's round failed; it will try again.");
            }

            if (sent == 0)
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<int> SendForAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        if (tenant.State != TenantState.Running)
        {
            return 0;
        }

        await using var scope = scopes.CreateScope(tenant);
        if (!scope.ServiceProvider.GetRequiredService<IModuleFeatures>().IsEnabled(ModuleName))
        {
            return 0;
        }

        await scope.ServiceProvider.GetRequiredService<DigestRound>().ComposeDueAsync(cancellationToken);
        return await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().SendDueAsync(cancellationToken);
    }
}
