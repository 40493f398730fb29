using Perspective.Core.Tenants;
using Perspective.Web.Data;
using Perspective.Web.Tenancy;

namespace Perspective.Web.Cli;

/// <summary>
/// Verbs run instead of the web server: <c>dotnet run --project src/Perspective.Web -- VERB ...</c>.
/// Each uses the server's configuration, prints a clear message, and exits 0 on success, 1 when
/// the work failed and 2 on bad input.
/// </summary>
public static class CliVerbs
{
    public const string Usage = """
        Commands:
          migrate                                   bring every tenant's database up to date
          setup --recipe NAME --site-name TEXT --admin-name TEXT --admin-email EMAIL --admin-password-file PATH
          tenant list
          tenant create --name NAME --display-name TEXT (--host HOST | --prefix PREFIX) --recipe NAME [--admin-email EMAIL]
          tenant disable NAME | tenant enable NAME
          recipe validate PATH [--tenant NAME]
          recipe run PATH [--tenant NAME]
          recipe export [--tenant NAME] [--output PATH]
          documents rotate-key [--tenant NAME]      new tenant key for documents; re-wraps every file key
          audit verify [--tenant NAME]              check the audit trail's hash chain and checkpoints
        """;

    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var services = app.Services;
        try
        {
            // Like the server at start-up, every verb first brings the databases up to date.
            await MigrateAllAsync(services);
            return args switch
            {
                ["migrate", ..] => await MigrateAsync(services),
                ["setup", .. var rest] => await SetupVerb.RunAsync(services, new CliArguments(rest)),
                ["tenant", .. var rest] => await TenantVerbs.RunAsync(services, new CliArguments(rest)),
                ["recipe", .. var rest] => await RecipeVerbs.RunAsync(services, new CliArguments(rest)),
                ["documents", .. var rest] => await DocumentVerbs.RunAsync(services, new CliArguments(rest)),
                ["audit", .. var rest] => await AuditVerbs.RunAsync(services, new CliArguments(rest)),
                _ => throw new CliException($"Unknown command '{string.Join(' ', args)}'."),
            };
        }
        catch (CliException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync($"The command failed: {exception.Message}");
            return 1;
        }
    }

    private static Task MigrateAllAsync(IServiceProvider services) =>
        DatabaseMigrator.MigrateAllAsync(services.GetRequiredService<TenantDatabases>(), services.GetRequiredService<ITenantCatalog>(), CancellationToken.None);

    /// <summary>A tenant by name, the default when none is given.</summary>
    public static async Task<Tenant> TenantAsync(IServiceProvider services, string? name) =>
        await services.GetRequiredService<ITenantCatalog>().FindAsync(name ?? Tenant.DefaultName)
            ?? throw new CliException($"There is no tenant called '{name}'.");

    private static async Task<int> MigrateAsync(IServiceProvider services)
    {
        await Console.Out.WriteLineAsync("The database is up to date.");
        return 0;
    }
}
