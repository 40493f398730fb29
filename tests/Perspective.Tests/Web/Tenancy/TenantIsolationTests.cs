using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Tenancy;

/// <summary>Two tenants, one chosen by host name and one by URL prefix, on one deployment.</summary>
public sealed class TenantIsolationTests : IAsyncLifetime
{
    private const string AuthCookie = "__Host-Perspective.Application";
    private readonly PerspectiveFactory _factory = new();

    public async Task InitializeAsync()
    {
        await _factory.CreateTenantAsync("north", host: "north.test");
        await _factory.CreateTenantAsync("south", prefix: "south");
        await _factory.CreateAccountAsync("admin@north.test", [BuiltInRoles.LaAdmin], "north");
        await _factory.CreateAccountAsync("admin@south.test", [BuiltInRoles.LaAdmin], "south");
    }

    [Fact]
    public async Task TenantByHost_AndTenantByPrefix_ShowTheirOwnNames()
    {
        var north = await _factory.ClientOn("north.test").GetStringAsync("/sign-in");
        var south = await _factory.ClientOn("perspective.test").GetStringAsync("/south/sign-in");

        Assert.Contains("north council", north, StringComparison.Ordinal);
        Assert.Contains("south council", south, StringComparison.Ordinal);
        Assert.DoesNotContain("north council", south, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrefixTenant_LinksStayInsideItsPrefix()
    {
        var html = await _factory.ClientOn("perspective.test").GetStringAsync("/south/sign-in");

        Assert.Contains("href=\"/south/\"", html, StringComparison.Ordinal);
        Assert.Contains("/south/_content/Perspective.Theme/css/theme.css", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachTenant_WritesOnlyToItsOwnDatabase()
    {
        await _factory.ClientOn("north.test").SignInAsync("nobody@north.test", "wrong password here");

        Assert.Equal(["users.sign-in.failed"], (await _factory.AuditActionsAsync("north")).Where(a => a.StartsWith("users.sign-in", StringComparison.Ordinal)));
        Assert.DoesNotContain("users.sign-in.failed", await _factory.AuditActionsAsync("south"));
        Assert.DoesNotContain("users.sign-in.failed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AnAccountOfOneTenant_CannotSignInToAnother()
    {
        var atSouth = await _factory.ClientOn("perspective.test").SignInAsync("admin@north.test", pathBase: "/south");
        var atNorth = await _factory.ClientOn("north.test").SignInAsync("admin@north.test");

        Assert.Equal(HttpStatusCode.OK, atSouth.StatusCode);
        Assert.Contains("Enter a correct email address and password", await atSouth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(atNorth.CookieValue(AuthCookie + "-north"));
    }

    [Fact]
    public async Task SignInCookie_OfOneTenant_IsRefusedByAnother()
    {
        var signedIn = await _factory.ClientOn("north.test").SignInAsync("admin@north.test");
        var northCookie = signedIn.CookieValue(AuthCookie + "-north");

        var atNorth = await GetWithCookieAsync("north.test", "/", $"{AuthCookie}-north={northCookie}");
        var atSouth = await GetWithCookieAsync("perspective.test", "/south/", $"{AuthCookie}-south={northCookie}");
        var atDefault = await GetWithCookieAsync("perspective.test", "/", $"{AuthCookie}={northCookie}");

        Assert.Equal(HttpStatusCode.OK, atNorth.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, atSouth.StatusCode);
        Assert.Contains("/south/sign-in", atSouth.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, atDefault.StatusCode);
    }

    [Fact]
    public async Task PrefixTenantsCookie_HasANameOfItsOwn_SoTheDefaultTenantNeverReadsIt()
    {
        var client = _factory.ClientOn("perspective.test");
        var signedIn = await client.SignInAsync("admin@south.test", pathBase: "/south");

        Assert.NotNull(signedIn.CookieValue(AuthCookie + "-south"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/south/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task AntiforgeryToken_OfOneTenant_IsRefusedByAnother()
    {
        var client = _factory.ClientOn("perspective.test");
        var defaultToken = await client.AntiforgeryTokenAsync("/sign-in");

        var response = await client.PostAsync("/south/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@south.test",
            ["Password"] = Perspective.Tests.Infrastructure.Tenants.Password,
            ["__RequestVerificationToken"] = defaultToken,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DisabledTenant_AnswersTheUnavailablePage_AndComesBackWhenEnabled()
    {
        var manager = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Perspective.Core.Tenants.ITenantManager>(_factory.Services);
        await manager.DisableAsync("north");

        var disabled = await _factory.ClientOn("north.test").GetAsync("/sign-in");
        await manager.EnableAsync("north");
        var enabled = await _factory.ClientOn("north.test").GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, disabled.StatusCode);
        Assert.Contains("Sorry, the service is unavailable", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string host, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"https://{host}{path}");
        request.Headers.Add("Cookie", cookie);
        return await _factory.CreateDefaultClient().SendAsync(request);
    }
}
