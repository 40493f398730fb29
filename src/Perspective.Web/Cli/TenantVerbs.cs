using System.Globalization;
using Perspective.Core.Cli;
using Perspective.Core.Tenants;

namespace Perspective.Web.Cli;

/// <summary><c>tenant list|create|disable|enable</c>.</summary>
public static class TenantVerbs
{
    public static async Task<int> RunAsync(IServiceProvider services, CliArguments args)
    {
        var manager = services.GetRequiredService<ITenantManager>();
        switch (args.Positional)
        {
            case ["list"]:
                foreach (var tenant in await services.GetRequiredService<ITenantCatalog>().ListAsync())
                {
                    var route = tenant.HostNames.Count > 0 ? string.Join(",", tenant.HostNames) : tenant.UrlPrefix is null ? "/" : "/" + tenant.UrlPrefix;
                    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{tenant.Name,-20} {tenant.State,-14} {route,-30} {tenant.DisplayName}"));
                }

                return 0;
            case ["create"]:
                var request = new NewTenant(
                    args.Required("name"),
                    args.Required("display-name"),
                    args.Optional("host") is { } host ? [host] : [],
                    args.Optional("prefix"),
                    args.Required("recipe"),
                    args.Optional("admin-email"));
                var progress = new PrintedProgress<(int Step, int Steps, string Name)>(p => $"Step {p.Step} of {p.Steps}: {p.Name}");
                var problems = await manager.CreateAsync(request, carryOn: false, progress);
                foreach (var (_, message) in problems)
                {
                    await Console.Error.WriteLineAsync(message);
                }

                if (problems.Count > 0)
                {
                    return 2;
                }

                await Console.Out.WriteLineAsync($"Tenant '{request.Name}' is running.");
                await Setup.DemoAccountsConsole.WriteAsync(Console.Out, services.GetRequiredService<Perspective.Users.Demo.DemoPasswords>().Take(request.Name));
                if (request.AdminEmail is not null)
                {
                    await Console.Out.WriteLineAsync($"An invitation to be its LA admin is in its outbox for {request.AdminEmail}.");
                }

                return 0;
            case ["disable", var name]:
                await manager.DisableAsync(name);
                await Console.Out.WriteLineAsync($"Tenant '{name}' is disabled.");
                return 0;
            case ["enable", var name]:
                await manager.EnableAsync(name);
                await Console.Out.WriteLineAsync($"Tenant '{name}' is running.");
                return 0;
            default:
                throw new CliException("Use: tenant list | tenant create ... | tenant disable NAME | tenant enable NAME.");
        }
    }
}
