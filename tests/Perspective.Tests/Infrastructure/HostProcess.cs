using System.Diagnostics;

namespace Perspective.Tests.Infrastructure;

/// <summary>Runs the real host executable with a verb, as an operator would, and captures what it prints.</summary>
public static class HostProcess
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string dataPath, string[] args, params (string Name, string Value)[] environment)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "Perspective.Web.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", host, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in EnvironmentFor(dataPath, environment))
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The variables a run is given: the data folder, Production and the run's key ring key, then the test's own, which win.</summary>
    public static IReadOnlyDictionary<string, string> EnvironmentFor(string dataPath, (string Name, string Value)[] environment)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Perspective__DataPath"] = dataPath,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Perspective__DataProtection__Key"] = TestKeys.DataProtection,
        };
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        return variables;
    }
}
