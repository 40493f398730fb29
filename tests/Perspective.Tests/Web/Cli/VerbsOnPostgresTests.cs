using Npgsql;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Cli;

/// <summary><c>setup</c> and <c>tenant</c> on PostgreSQL, run in this process as the host executable runs them.</summary>
public sealed class VerbsOnPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly DirectoryInfo _dataPath = Directory.CreateTempSubdirectory("perspective-cli-");

    private string TenantDatabase => new NpgsqlConnectionStringBuilder(database.ConnectionString).Database + "_north";

    [Fact]
    public async Task Setup_ThenTenantCreate_Disable_AndEnable_OnPostgres_ShowEachStateInTheList()
    {
        var passwordFile = Path.Combine(_dataPath.FullName, "admin-password.txt");
        await File.WriteAllTextAsync(passwordFile, "a long and memorable passphrase\n");

        var setUp = await RunAsync("setup", "--recipe", "la-portal", "--site-name", "Eastshire Council", "--admin-name", "Ed Admin", "--admin-email", "ed@eastshire.test", "--admin-password-file", passwordFile);
        var again = await RunAsync("setup", "--recipe", "la-portal", "--site-name", "Eastshire Council", "--admin-name", "Ed Admin", "--admin-email", "ed@eastshire.test", "--admin-password-file", passwordFile);
        var created = await RunAsync("tenant", "create", "--name", "north", "--display-name", "Northshire", "--prefix", "north", "--recipe", "la-portal");
        var disabled = await RunAsync("tenant", "disable", "north");
        var listWhileDisabled = await RunAsync("tenant", "list");
        var enabled = await RunAsync("tenant", "enable", "north");
        var listAfter = await RunAsync("tenant", "list");

        Assert.Equal(0, setUp.ExitCode);
        Assert.Contains("The portal is set up. ed@eastshire.test can now sign in.", setUp.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already been set up", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Tenant 'north' is running.", created.Output, StringComparison.Ordinal);
        Assert.Equal(0, disabled.ExitCode);
        Assert.Equal(0, enabled.ExitCode);
        Assert.Matches(@"Default\s+Running\s+/\s+Eastshire Council", listAfter.Output);
        Assert.Matches(@"north\s+Disabled\s+/north\s+Northshire", listWhileDisabled.Output);
        Assert.Matches(@"north\s+Running\s+/north\s+Northshire", listAfter.Output);
        Assert.Equal("Ed Admin", await AdminNameAsync());
        Assert.Empty(_dataPath.EnumerateFiles("*.db", SearchOption.AllDirectories));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresDatabase.ServerConnectionString) { Database = "postgres" }.ConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{TenantDatabase}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
        _dataPath.Delete(recursive: true);
    }

    /// <summary>The display name of the one account in the default tenant's database.</summary>
    private async Task<string?> AdminNameAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"DisplayName\" FROM \"AspNetUsers\"", connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        InProcessVerbs.RunAsync(_dataPath.FullName, args, ("Database__Provider", "Postgres"), ("Database__ConnectionString", database.ConnectionString));
}
