using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Cli;

/// <summary><c>tenant create --admin-email</c>: the new tenant's administrator is invited, and the invitation works.</summary>
public sealed class TenantCreateAdminEmailTests : IDisposable
{
    private const string Admin = "ada.lovelace@north.test";

    private readonly DirectoryInfo _dataPath = Directory.CreateTempSubdirectory("perspective-cli-");

    [Fact]
    public async Task TenantCreate_WithAnAdminEmail_SendsAnInvitation_WhoseLinkMakesAnLaAdminOfThatTenant_WithTwoFactorToSetUp()
    {
        var created = await RunAsync("tenant", "create", "--name", "north", "--display-name", "Northshire", "--prefix", "north", "--recipe", "la-portal", "--admin-email", Admin);

        Assert.Equal(0, created.ExitCode);
        Assert.Contains($"An invitation to be its LA admin is in its outbox for {Admin}.", created.Output, StringComparison.Ordinal);

        // The server, started on the same data, sends the new tenant's outbox to its pickup folder.
        using var server = new PerspectiveFactory().With("Perspective:DataPath", _dataPath.FullName).With("Perspective:Email:SenderEnabled", "false");
        var message = Assert.Single(await server.SendAndReadAsync("north", _dataPath.FullName));
        var link = PickupEmails.LinkIn(message);
        var browser = server.CreateClient();
        var activated = await browser.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Password"] = "tractor purple windowsill jam", ["ConfirmPassword"] = "tractor purple windowsill jam",
        });

        Assert.Equal(Admin, message.To.Mailboxes.Single().Address);
        Assert.StartsWith("https://perspective.test/north/activate/", link.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal("/north/sign-in/set-up-two-factor", activated.Headers.Location?.OriginalString);
        await browser.SetUpTwoFactorAsync("/north/sign-in/set-up-two-factor");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/north/admin/users")).StatusCode);
        Assert.Equal(0, await server.QueryAsync(db => db.Users.CountAsync(u => u.Email == Admin)));
        Assert.Contains("users.invited", await server.AuditActionsAsync("north"));
    }

    [Fact]
    public async Task TenantCreate_WithABadAdminEmail_SaysWhy_AndCreatesNothing()
    {
        var result = await RunAsync("tenant", "create", "--name", "north", "--display-name", "Northshire", "--prefix", "north", "--recipe", "la-portal", "--admin-email", "ada at north");
        var list = await RunAsync("tenant", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Enter an email address in the correct format, like name@example.com", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("north", list.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataPath.Delete(recursive: true);
    }

    // As on a server: the portal's public address is configured, so links in emails can reach a tenant's URL prefix.
    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        InProcessVerbs.RunAsync(_dataPath.FullName, args, ("Perspective__PublicUrl", "https://perspective.test"));
}
