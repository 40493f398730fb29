using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Pages.Setup;

public sealed class SetupTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new() { StartSetUp = false };

    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/admin/audit")]
    public async Task BeforeSetup_EveryPageLeadsToTheSetupScreen(string path)
    {
        var response = await _factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/setup", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SetupScreen_OffersTheSetupRecipes()
    {
        var html = await _factory.CreateClient().GetStringAsync("/setup");

        Assert.Contains("value=\"la-portal\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"demo\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_RunsTheRecipe_CreatesTheAdministrator_WhoSetsUpTwoFactor_AndIsSignedIn()
    {
        var client = _factory.CreateClient();

        var response = await client.SubmitAsync("/setup", Valid());
        var beforeTwoFactor = await client.GetAsync("/");
        await client.SetUpTwoFactorAsync("/sign-in/set-up-two-factor");
        var home = await client.GetAsync("/");
        var html = await home.Content.ReadAsStringAsync();

        Assert.Equal("/sign-in/set-up-two-factor", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, beforeTwoFactor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Westshire Council", html, StringComparison.Ordinal);
        Assert.Contains("Signed in as <strong>Wendy Admin</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Audit trail", html, StringComparison.Ordinal);
        var tenant = await _factory.QueryAsync(db => db.Tenants.SingleAsync());
        Assert.Equal(TenantState.Running, tenant.State);
        Assert.Contains("Perspective.Audit", tenant.EnabledFeatures);
    }

    [Fact]
    public async Task SetupWithTheDemoRecipe_ShowsItsWarningOnEveryPage()
    {
        // The demo recipe runs only in Development (DemoRecipeTests say why and what else it makes).
        using var development = new PerspectiveFactory { StartSetUp = false, EnvironmentName = "Development" };
        var client = development.CreateClient();
        var form = Valid();
        form["Recipe"] = "demo";

        await client.SubmitAsync("/setup", form);
        await client.SetUpTwoFactorAsync("/sign-in/set-up-two-factor");
        var home = await client.GetStringAsync("/");
        var signIn = await development.CreateClient().GetStringAsync("/sign-in");

        Assert.Contains("This is a demonstration portal.", home, StringComparison.Ordinal);
        Assert.Contains("This is a demonstration portal.", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterSetup_TheSetupScreenIsGoneForGood()
    {
        var client = _factory.CreateClient();
        await client.SubmitAsync("/setup", Valid());

        var get = await client.GetAsync("/setup");
        var post = await client.PostAsync("/setup", new FormUrlEncodedContent(Valid()));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("SiteName", "", "Enter the Local Authority&#x27;s name")]
    [InlineData("AdminEmail", "wendy.westshire", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("Password", "short", "Password must be 12 characters or more")]
    [InlineData("ConfirmPassword", "something else entirely", "Passwords do not match")]
    [InlineData("Recipe", "no-such-recipe", "Select how you want to set up the portal")]
    public async Task BadInput_GetsAGovUkMessage_AndChangesNothing(string field, string value, string message)
    {
        var form = Valid();
        form[field] = value;

        var response = await _factory.CreateClient().SubmitAsync("/setup", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<a href=\"#{field}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Tenants.CountAsync()));
    }

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Valid() => new()
    {
        ["SiteName"] = "Westshire Council",
        ["Recipe"] = "la-portal",
        ["AdminName"] = "Wendy Admin",
        ["AdminEmail"] = "wendy@westshire.test",
        ["Password"] = "a long and memorable passphrase",
        ["ConfirmPassword"] = "a long and memorable passphrase",
    };
}
