using System.Net;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Invitations;

namespace Perspective.Tests.Web.Cli;

public sealed class SqliteSetupAdminNameInvitationTests() : SetupAdminNameInvitationTests(postgres: false);

public sealed class PostgresSetupAdminNameInvitationTests() : SetupAdminNameInvitationTests(postgres: true);

/// <summary>Issue 17, item 17: the administrator <c>setup</c> names is the one an invitation says has invited you.</summary>
public abstract class SetupAdminNameInvitationTests(bool postgres) : IAsyncLifetime
{
    private const string Admin = "ann.admin@northshire.test";
    private const string Invited = "sam.smith@school.test";
    private const string Password = "a long and memorable passphrase";

    private readonly TestDatabase _database = new(postgres);
    private readonly DirectoryInfo _dataPath = Directory.CreateTempSubdirectory("perspective-cli-");

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
        _dataPath.Delete(recursive: true);
    }

    [Fact]
    public async Task AnInvitationFromTheAdministratorSetupMade_ReadsTheirName_HasInvitedYou()
    {
        var passwordFile = Path.Combine(_dataPath.FullName, "admin-password.txt");
        await File.WriteAllTextAsync(passwordFile, Password + "\n");
        var setUp = await InProcessVerbs.RunAsync(
            _dataPath.FullName,
            ["setup", "--recipe", "la-portal", "--site-name", "Northshire Council", "--admin-name", "Ann Admin", "--admin-email", Admin, "--admin-password-file", passwordFile],
            _database.Environment());
        Assert.Equal(0, setUp.ExitCode);

        // The server, started on the same data; the administrator signs in for real, so the invitation names them from their account.
        using var server = new UsersFactory { FakeClock = false };
        _database.Use(server).With("Perspective:DataPath", _dataPath.FullName);
        await server.StartAsync();
        var admin = server.CreateClient();
        await admin.SignInAsync(Admin, Password);
        var invited = await UsersFactory.InviteAsync(admin, Invited);
        await server.LinkSentToAsync(Invited);

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var message = Assert.Single(server.SentTo(Invited));
        Assert.Contains("Ann Admin has invited you", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Admin} has invited you", message.TextBody, StringComparison.Ordinal);
    }
}
