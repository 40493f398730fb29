using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Cli;

/// <summary><c>setup</c>, <c>tenant</c> and <c>recipe</c>, run in this process as the host executable runs them.</summary>
public sealed class SetupAndTenantVerbTests : IDisposable
{
    private readonly DirectoryInfo _dataPath = Directory.CreateTempSubdirectory("perspective-cli-");

    [Fact]
    public async Task Setup_FromTheCommandLine_SetsThePortalUp_AndRefusesASecondTime()
    {
        var passwordFile = await PasswordFileAsync("a long and memorable passphrase\n");

        var first = await RunAsync("setup", "--recipe", "la-portal", "--site-name", "Eastshire Council", "--admin-name", "Ed Admin", "--admin-email", "ed@eastshire.test", "--admin-password-file", passwordFile);
        var second = await RunAsync("setup", "--recipe", "la-portal", "--site-name", "Eastshire Council", "--admin-name", "Ed Admin", "--admin-email", "ed@eastshire.test", "--admin-password-file", passwordFile);
        var list = await RunAsync("tenant", "list");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Step 1 of 5: features", first.Output, StringComparison.Ordinal);
        Assert.Contains("Step 2 of 5: roles", first.Output, StringComparison.Ordinal);
        Assert.Contains("Step 3 of 5: settings", first.Output, StringComparison.Ordinal);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already been set up", second.Error, StringComparison.Ordinal);
        Assert.Matches(@"Default\s+Running\s+/\s+Eastshire Council", list.Output);
        Assert.Equal("Ed Admin", await AdminNameAsync());
    }

    [Fact]
    public async Task Setup_WithAShortPassword_SaysWhy_AndChangesNothing()
    {
        var passwordFile = await PasswordFileAsync("short");

        var result = await RunAsync("setup", "--recipe", "la-portal", "--site-name", "Eastshire Council", "--admin-name", "Ed Admin", "--admin-email", "ed@eastshire.test", "--admin-password-file", passwordFile);
        var list = await RunAsync("tenant", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("12 characters or more", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"Default\s+Uninitialized", list.Output);
    }

    [Fact]
    public async Task Setup_WithoutItsOptions_NamesTheMissingOne()
    {
        var result = await RunAsync("setup", "--recipe", "la-portal");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--site-name is required.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task Setup_WithoutTheAdministratorsName_SaysItIsRequired_ExitsWith2_AndChangesNothing(string? blank)
    {
        string[] name = blank is null ? [] : ["--admin-name", blank];
        var passwordFile = await PasswordFileAsync("a long and memorable passphrase\n");

        var result = await RunAsync(["setup", "--recipe", "la-portal", "--site-name", "Eastshire Council", .. name, "--admin-email", "ed@eastshire.test", "--admin-password-file", passwordFile]);
        var list = await RunAsync("tenant", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--admin-name is required: the administrator's full name", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"Default\s+Uninitialized", list.Output);
    }

    [Fact]
    public async Task TenantCreate_ThenDisable_ThenEnable_ShowsEachStateInTheList()
    {
        var created = await RunAsync("tenant", "create", "--name", "north", "--display-name", "Northshire", "--prefix", "north", "--recipe", "la-portal");
        var disabled = await RunAsync("tenant", "disable", "north");
        var listWhileDisabled = await RunAsync("tenant", "list");
        await RunAsync("tenant", "enable", "north");
        var listAfter = await RunAsync("tenant", "list");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Tenant 'north' is running.", created.Output, StringComparison.Ordinal);
        Assert.Equal(0, disabled.ExitCode);
        Assert.Matches(@"north\s+Disabled\s+/north\s+Northshire", listWhileDisabled.Output);
        Assert.Matches(@"north\s+Running\s+/north\s+Northshire", listAfter.Output);
    }

    [Fact]
    public async Task TenantCreate_WithABadName_SaysWhy_AndCreatesNothing()
    {
        var result = await RunAsync("tenant", "create", "--name", "North Shire", "--display-name", "Northshire", "--prefix", "north", "--recipe", "la-portal");
        var list = await RunAsync("tenant", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Name must be 2 to 40 lower-case letters", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Northshire", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeValidate_WithABadRecipe_NamesTheStep_AndExitsNonZero()
    {
        var recipe = Path.Combine(_dataPath.FullName, "bad.recipe.json");
        await File.WriteAllTextAsync(recipe, """{ "name": "bad", "steps": [ { "name": "features", "enable": ["Perspective.Nothing"] } ] }""");

        var result = await RunAsync("recipe", "validate", recipe);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Step 1 (features): 'enable' names 'Perspective.Nothing', which is not a module of this portal.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeExport_WritesTheConfigurationToAFile()
    {
        var output = Path.Combine(_dataPath.FullName, "export.recipe.json");
        await RunAsync("migrate");

        var result = await RunAsync("recipe", "export", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"name\": \"features\"", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataPath.Delete(recursive: true);
    }

    private async Task<string> PasswordFileAsync(string content)
    {
        var path = Path.Combine(_dataPath.FullName, "admin-password.txt");
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    /// <summary>The display name of the one account in the default tenant's SQLite database.</summary>
    private async Task<string?> AdminNameAsync()
    {
        var file = Path.Combine(_dataPath.FullName, "Sites", "Default", "perspective.db");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"DisplayName\" FROM \"AspNetUsers\"";
        return (string?)await command.ExecuteScalarAsync();
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => InProcessVerbs.RunAsync(_dataPath.FullName, args);
}
