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
        start.Environment["Perspective__DataPath"] = dataPath;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Perspective__DataProtection__Key"] = TestKeys.DataProtection;
        foreach (var (name, value) in environment)
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
}
