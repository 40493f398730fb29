using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Cli;
using Perspective.Core.Tenants;
using Perspective.Noticeboard.Notices;

namespace Perspective.Noticeboard.Cli;

/// <summary><c>noticeboard list [--tenant NAME]</c>: prints the notices on a tenant's board, newest first.</summary>
public static class NoticeboardVerbs
{
    /// <summary>The verb as the module declares it to the host.</summary>
    public static CliVerb Verb { get; } = new("noticeboard", "noticeboard list [--tenant NAME]", "List the notices pinned on a tenant's noticeboard.",
        (services, args) => ListAsync(services, args, Console.Out));

    /// <summary>Runs the verb, writing to <paramref name="output"/> (the console when run from the command line).</summary>
    public static async Task<int> ListAsync(IServiceProvider services, CliArguments args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Positional is not ["list"])
        {
            throw new CliException("Say which noticeboard command: list.");
        }

        var tenant = await CliTenants.FindAsync(services, args.Optional("tenant"));
        await using var scope = services.GetRequiredService<ITenantScopeFactory>().CreateScope(tenant);
        var notices = await scope.ServiceProvider.GetRequiredService<NoticeBoard>().ListAsync(CancellationToken.None);
        if (notices.Count == 0)
        {
            await output.WriteLineAsync($"Nothing is pinned on {tenant.Name}'s noticeboard.");
        }

        foreach (var notice in notices)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{notice.Title} (pinned by {notice.PinnedBy}, until {notice.ExpiresUtc:d MMMM yyyy HH:mm} UTC)"));
        }

        return 0;
    }
}
