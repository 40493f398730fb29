using System.Text.RegularExpressions;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Cli;

/// <summary>
/// <c>setup --recipe demo</c>: the accounts' passwords on the console once, in Development only.
/// The Development run is the real executable's, so its own console logger is what would write them.
/// </summary>
public sealed partial class DemoSetupVerbTests : IDisposable
{
    private readonly DirectoryInfo _dataPath = Directory.CreateTempSubdirectory("perspective-cli-");

    [Fact]
    public async Task SetupWithTheDemoRecipe_InDevelopment_PrintsEachAccountsPasswordOnce_AndLogsNone()
    {
        var result = await SetupAsync(HostProcess.RunAsync, "Development");

        var printed = PrintedAccount().Matches(result.Output).Select(m => (Email: m.Groups[1].Value, Password: m.Groups[2].Value)).ToList();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Demonstration accounts. Their passwords are shown now only and are not stored anywhere:", result.Output, StringComparison.Ordinal);
        Assert.Equal(8, printed.Count);
        Assert.All(printed, p =>
        {
            // Once, in the list: the console logger (on in Development) never wrote it.
            Assert.Single(Regex.Matches(result.Output + result.Error, p.Password));
        });
    }

    [Fact]
    public async Task SetupWithTheDemoRecipe_InProduction_IsRefused_AndNothingIsSetUp()
    {
        var result = await SetupAsync(InProcessVerbs.RunAsync, "Production");
        var list = await InProcessVerbs.RunAsync(_dataPath.FullName, ["tenant", "list"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("allowed only when the portal runs in Development; it runs in Production. Choose another recipe.", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"Default\s+Uninitialized", list.Output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataPath.Delete(recursive: true);
    }

    private delegate Task<(int ExitCode, string Output, string Error)> VerbRunner(string dataPath, string[] args, params (string Name, string Value)[] environment);

    private async Task<(int ExitCode, string Output, string Error)> SetupAsync(VerbRunner run, string environment)
    {
        var passwordFile = Path.Combine(_dataPath.FullName, "admin-password.txt");
        await File.WriteAllTextAsync(passwordFile, "a long and memorable passphrase\n");
        return await run(
            _dataPath.FullName,
            ["setup", "--recipe", "demo", "--site-name", "Eastshire Council", "--admin-name", "Ed Admin", "--admin-email", "ed@eastshire.test", "--admin-password-file", passwordFile],
            ("ASPNETCORE_ENVIRONMENT", environment));
    }

    [GeneratedRegex(@"^  .{24} (\S+@\S+)\s+([a-zA-Z0-9]{20})$", RegexOptions.Multiline)]
    private static partial Regex PrintedAccount();
}
