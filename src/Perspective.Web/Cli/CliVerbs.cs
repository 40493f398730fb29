using Perspective.Web.Data;

namespace Perspective.Web.Cli;

/// <summary>
/// Verbs run instead of the web server: <c>dotnet run --project src/Perspective.Web -- migrate</c>.
/// Each uses the same configuration as the server, prints a clear message and exits non-zero on failure.
/// </summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["migrate"];

    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    private static async Task<int> MigrateAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Perspective.Cli");
        try
        {
            await DatabaseMigrator.MigrateAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), logger, CancellationToken.None);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"The database could not be migrated: {exception.Message}");
            return 1;
        }

        await Console.Out.WriteLineAsync("The database is up to date.");
        return 0;
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var verb = args[0];
        switch (verb)
        {
            case "migrate":
                return await MigrateAsync(app);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{verb}'. Commands: {string.Join(", ", Verbs)}.");
                return 2;
        }
    }
}
