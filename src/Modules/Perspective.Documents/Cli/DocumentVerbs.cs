using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Cli;
using Perspective.Core.Tenants;
using Perspective.Files.Storage;

namespace Perspective.Documents.Cli;

/// <summary><c>documents rotate-key [--tenant NAME]</c>: a new tenant key; every stored file key is re-wrapped, no file is re-encrypted.</summary>
public static class DocumentVerbs
{
    /// <summary>The verb as the module declares it to the host.</summary>
    public static CliVerb Verb { get; } = new("documents", "documents rotate-key [--tenant NAME]", "New tenant key for documents; re-wraps every file key.", RunAsync);

    public static async Task<int> RunAsync(IServiceProvider services, CliArguments args)
    {
        if (args.Positional is not ["rotate-key"])
        {
            throw new CliException("Say which documents command: rotate-key.");
        }

        var tenant = await CliTenants.FindAsync(services, args.Optional("tenant"));
        await using var scope = services.GetRequiredService<ITenantScopeFactory>().CreateScope(tenant);
        var result = await scope.ServiceProvider.GetRequiredService<TenantKeyRotation>().RotateAsync();
        await Console.Out.WriteLineAsync(
            $"Tenant '{tenant.Name}': documents key version {result.PreviousVersion} replaced by {result.CurrentVersion}; {result.Rewrapped} file keys re-wrapped.");
        return 0;
    }
}
