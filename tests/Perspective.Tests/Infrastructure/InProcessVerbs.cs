using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.Memory;
using Perspective.Web.Cli;
using Perspective.Web.Composition;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// Runs a verb in this process, as the host executable would run it: the host built as
/// <c>Program.cs</c> builds it, with the settings <see cref="HostProcess"/> would pass as environment
/// variables, and the verb dispatched by <see cref="CliVerbs.RunAsync"/>; what it prints is captured
/// for this run alone. No process to start, and the JIT and Entity Framework model building are paid
/// once per test run rather than once per verb. <see cref="HostProcess"/> keeps the executable itself
/// covered: exit codes, help, settings from environment variables.
/// </summary>
public static class InProcessVerbs
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string dataPath, string[] args, params (string Name, string Value)[] environment)
    {
        if (!CliVerbs.IsVerb(args))
        {
            throw new ArgumentException("These arguments start the web server, not a verb.", nameof(args));
        }

        // On the thread pool, outside the test framework's synchronisation context, as in the executable.
        return Task.Run(() => RunOnThreadPoolAsync(dataPath, args, environment));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunOnThreadPoolAsync(string dataPath, string[] args, (string Name, string Value)[] environment)
    {
        var variables = HostProcess.EnvironmentFor(dataPath, environment);
        using var console = ConsoleCapture.Begin();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = variables["ASPNETCORE_ENVIRONMENT"],
        });
        AddAsEnvironmentVariables(builder.Configuration, variables);
        builder.AddPerspective();

        int exitCode;
        await using (var app = builder.Build())
        {
            exitCode = await CliVerbs.RunAsync(app, args);
        }

        return (exitCode, console.Output, console.Error);
    }

    /// <summary>
    /// Where environment variables stand among the host's sources: over <c>appsettings.json</c> and
    /// this process's own variables, under the command line; <c>A__B</c> is the key <c>A:B</c>.
    /// </summary>
    private static void AddAsEnvironmentVariables(ConfigurationManager configuration, IReadOnlyDictionary<string, string> variables)
    {
        var settings = variables.Select(v => KeyValuePair.Create(v.Key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), (string?)v.Value));
        var commandLine = configuration.Sources.Select((source, index) => (source, index)).Last(s => s.source is CommandLineConfigurationSource).index;
        configuration.Sources.Insert(commandLine, new MemoryConfigurationSource { InitialData = settings });
    }
}
