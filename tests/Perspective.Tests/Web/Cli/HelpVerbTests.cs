using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Cli;

/// <summary><c>--help</c> run on the real host executable: it lists the verbs and touches nothing.</summary>
public sealed class HelpVerbTests : IDisposable
{
    private readonly DirectoryInfo _dataPath = Directory.CreateTempSubdirectory("perspective-cli-");

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_ListsTheHostsAndTheModulesVerbs_AndExitsZero_WithoutCreatingADatabase(string word)
    {
        var (exitCode, output, error) = await HostProcess.RunAsync(_dataPath.FullName, [word]);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.StartsWith("Commands:", output, StringComparison.Ordinal);
        Assert.Contains("\n  migrate\n      Bring every tenant's database up to date.\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  tenant create --name NAME --display-name TEXT (--host HOST | --prefix PREFIX) --recipe NAME [--admin-email EMAIL]\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  documents rotate-key [--tenant NAME]\n      New tenant key for documents; re-wraps every file key.\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  audit verify [--tenant NAME]\n      Check the audit trail's hash chain and checkpoints.\n", output, StringComparison.Ordinal);
        Assert.Empty(_dataPath.EnumerateFileSystemInfos("*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Help_LeavesOutTheVerbsOfAModuleSwitchedOffForTheDeployment()
    {
        var (exitCode, output, _) = await HostProcess.RunAsync(_dataPath.FullName, ["--help"], ("Perspective__Modules__Disabled__0", "Perspective.Documents"));

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("documents rotate-key", output, StringComparison.Ordinal);
        Assert.Contains("audit verify [--tenant NAME]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVerbOfAModuleSwitchedOffForTheDeployment_IsUnknown_AndExits2()
    {
        var (exitCode, _, error) = await HostProcess.RunAsync(_dataPath.FullName, ["documents", "rotate-key"], ("Perspective__Modules__Disabled__0", "Perspective.Documents"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown command 'documents rotate-key'.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("documents rotate-key [--tenant NAME]", error, StringComparison.Ordinal);
    }

    public void Dispose() => _dataPath.Delete(recursive: true);
}
