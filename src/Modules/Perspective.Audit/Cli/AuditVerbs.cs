using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Core.Cli;
using Perspective.Core.Tenants;

namespace Perspective.Audit.Cli;

/// <summary><c>audit verify [--tenant NAME]</c>: walks the tenant's audit chain and its checkpoints; exits 1 at the first broken link.</summary>
public static class AuditVerbs
{
    /// <summary>The verb as the module declares it to the host.</summary>
    public static CliVerb Verb { get; } = new("audit", "audit verify [--tenant NAME]", "Check the audit trail's hash chain and checkpoints.", RunAsync);

    public static async Task<int> RunAsync(IServiceProvider services, CliArguments args)
    {
        if (args.Positional is not ["verify"])
        {
            throw new CliException("Say which audit command: verify.");
        }

        var tenant = await CliTenants.FindAsync(services, args.Optional("tenant"));
        await using var scope = services.GetRequiredService<ITenantScopeFactory>().CreateScope(tenant);
        var result = await scope.ServiceProvider.GetRequiredService<AuditTrailVerifier>().VerifyAsync();
        await Console.Out.WriteLineAsync(result.Summary);
        return result.IsIntact ? 0 : 1;
    }
}
