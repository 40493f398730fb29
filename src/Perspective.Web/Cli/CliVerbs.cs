using Microsoft.Extensions.Options;
using Perspective.Core.Cli;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Web.Data;
using Perspective.Web.Tenancy;

namespace Perspective.Web.Cli;

/// <summary>
/// Verbs run instead of the web server: <c>dotnet run --project src/Perspective.Web -- VERB ...</c>.
/// The host's own, then those of the modules not switched off for the deployment. Each uses the
/// server's configuration, prints a clear message, and exits 0 on success, 1 when the work failed
/// and 2 on bad input. <c>--help</c>, <c>-h</c> or <c>help</c> lists them and touches nothing.
/// </summary>
public static class CliVerbs
{
    private static readonly string[] HelpWords = ["--help", "-h", "help"];

    private static readonly CliVerb[] HostVerbs =
    [
        new("migrate", "migrate", "Bring every tenant's database up to date.", (services, _) => MigrateAsync(services)),
        new("setup", "setup --recipe NAME --site-name TEXT --admin-name TEXT --admin-email EMAIL --admin-password-file PATH",
            "Set the portal up without the browser; the password comes from a file.", SetupVerb.RunAsync),
        new("tenant", """
            tenant list
            tenant create --name NAME --display-name TEXT (--host HOST | --prefix PREFIX) --recipe NAME [--admin-email EMAIL]
            tenant disable NAME | tenant enable NAME
            """, "List, create, disable and enable Local Authority tenants.", TenantVerbs.RunAsync),
        new("recipe", """
            recipe validate PATH [--tenant NAME]
            recipe run PATH [--tenant NAME]
            recipe export [--tenant NAME] [--output PATH]
            """, "Check or run a recipe in a tenant, or export a tenant's configuration as one.", RecipeVerbs.RunAsync),
    ];

    /// <summary>True when the arguments ask for a verb or for help rather than for the web server.</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && (!args[0].StartsWith('-') || IsHelp(args));

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var services = app.Services;
        var verbs = Available(services);
        if (IsHelp(args))
        {
            await Console.Out.WriteLineAsync(Usage(verbs));
            return 0;
        }

        try
        {
            var verb = verbs.FirstOrDefault(v => v.Name == args[0]) ?? throw new CliException($"Unknown command '{string.Join(' ', args)}'.");
            // Like the server at start-up, every verb first brings the databases up to date.
            await MigrateAllAsync(services);
            return await verb.RunAsync(services, new CliArguments(args[1..]));
        }
        catch (CliException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(Usage(verbs));
            return 2;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync($"The command failed: {exception.Message}");
            return 1;
        }
    }

    /// <summary>The host's verbs, then each module's in module order, leaving out modules switched off for the deployment.</summary>
    public static IReadOnlyList<CliVerb> Available(IServiceProvider services)
    {
        var disabled = services.GetRequiredService<IOptions<ModuleOptions>>().Value.Disabled;
        var modules = services.GetRequiredService<ModuleCatalog>().Modules
            .Where(m => !disabled.Contains(m.Name, StringComparer.Ordinal))
            .SelectMany(m => m.Startup.CliVerbs);
        return [.. HostVerbs, .. modules];
    }

    /// <summary>Every verb's usage lines, each followed by what it does.</summary>
    public static string Usage(IEnumerable<CliVerb> verbs)
    {
        var text = new System.Text.StringBuilder("Commands:");
        foreach (var verb in verbs)
        {
            foreach (var line in verb.Usage.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append("\n  ").Append(line);
            }

            text.Append("\n      ").Append(verb.Description);
        }

        return text.ToString();
    }

    private static bool IsHelp(string[] args) => args.Length > 0 && HelpWords.Contains(args[0], StringComparer.Ordinal);

    private static async Task MigrateAllAsync(IServiceProvider services)
    {
        await DatabaseMigrator.MigrateAllAsync(services.GetRequiredService<TenantDatabases>(), services.GetRequiredService<ITenantCatalog>(), CancellationToken.None);
        // The job scheduler's tables, in the default tenant's database, which now exists.
        await services.GetRequiredService<Perspective.Core.Jobs.Quartz.QuartzSchemaInstaller>().ApplyAsync(CancellationToken.None);
    }

    private static async Task<int> MigrateAsync(IServiceProvider services)
    {
        await Console.Out.WriteLineAsync("The database is up to date.");
        return 0;
    }
}
