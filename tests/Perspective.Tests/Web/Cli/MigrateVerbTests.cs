using Microsoft.Data.Sqlite;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Cli;

/// <summary><c>migrate</c>, run in this process; bad input and an unreachable database on the real host executable, for its exit codes.</summary>
public sealed class MigrateVerbTests : IDisposable
{
    private readonly DirectoryInfo _dataPath = Directory.CreateTempSubdirectory("perspective-cli-");

    [Fact]
    public async Task Migrate_CreatesTheDatabaseWithEveryMigration_AndExitsZero()
    {
        var (exitCode, output, _) = await RunInProcessAsync("migrate");

        Assert.Equal(0, exitCode);
        Assert.Contains("The database is up to date.", output, StringComparison.Ordinal);
        Assert.Contains("KernelBaseline", await AppliedMigrationsAsync(), StringComparison.Ordinal);
        Assert.Contains("UsersBaseline", await AppliedMigrationsAsync("__UsersMigrationsHistory"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_RunTwice_ChangesNothingTheSecondTime()
    {
        await RunInProcessAsync("migrate");
        var before = await AppliedMigrationsAsync();

        var (exitCode, _, _) = await RunInProcessAsync("migrate");

        Assert.Equal(0, exitCode);
        Assert.Equal(before, await AppliedMigrationsAsync());
    }

    [Fact]
    public async Task UnknownVerb_SaysWhichVerbsExist_AndExitsNonZero()
    {
        var (exitCode, _, error) = await RunHostAsync("migrat");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown command 'migrat'.", error, StringComparison.Ordinal);
        Assert.Contains("Commands:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_WithAnUnreachableDatabase_SaysSoAndExitsNonZero()
    {
        var (exitCode, _, error) = await RunHostAsync("migrate",
            ("Database__Provider", "Postgres"), ("Database__ConnectionString", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2"));

        Assert.Equal(1, exitCode);
        Assert.Contains("The command failed:", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dataPath.Delete(recursive: true);
    }

    // The kernel's history unless another is named (ADR-016).
    private async Task<string> AppliedMigrationsAsync(string historyTable = "__KernelMigrationsHistory")
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataPath.FullName, "Sites", "Default", "perspective.db")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT group_concat(MigrationId) FROM {historyTable}";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private Task<(int ExitCode, string Output, string Error)> RunInProcessAsync(string verb) =>
        InProcessVerbs.RunAsync(_dataPath.FullName, [verb]);

    private Task<(int ExitCode, string Output, string Error)> RunHostAsync(string verb, params (string Name, string Value)[] environment) =>
        HostProcess.RunAsync(_dataPath.FullName, [verb], environment);
}
