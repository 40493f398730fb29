using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Security;

namespace Perspective.Tests.Web.Security;

/// <summary>
/// Behind nginx every request comes from the proxy's address: the client's is in X-Forwarded-For,
/// believed only from the configured proxies. The peer is played by <see cref="TestPeerAddress"/>.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private const string Proxy = "10.0.0.5";

    private readonly PerspectiveFactory _factory = new PeerFactory()
        .With("Perspective:Security:SignInAttemptsPerMinute", "2")
        .With(TrustedProxies.KnownProxiesSetting, Proxy)
        .With(TrustedProxies.KnownNetworksSetting + ":0", "10.1.0.0/16");

    [Fact]
    public async Task SignIn_ThroughATrustedProxy_RateLimitsEachForwardedClientApart()
    {
        var first = Client(peer: Proxy, forwardedFor: "203.0.113.7");
        var second = Client(peer: Proxy, forwardedFor: "203.0.113.8");

        var firstStatuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            firstStatuses.Add(await FailToSignInAsync(first));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], firstStatuses);
        Assert.Equal(HttpStatusCode.OK, await FailToSignInAsync(second));
    }

    [Fact]
    public async Task SignIn_ThroughATrustedProxy_IsAuditedWithTheForwardedAddress()
    {
        await FailToSignInAsync(Client(peer: Proxy, forwardedFor: "203.0.113.7"));

        Assert.Equal(["203.0.113.7"], await FailedSignInAddressesAsync());
    }

    [Fact]
    public async Task SignIn_FromAnUntrustedAddress_IgnoresXForwardedFor()
    {
        // Loopback too: nothing is trusted unless configured, not even a proxy on the same machine.
        var statuses = new List<HttpStatusCode>();
        foreach (var spoofed in new[] { "198.51.100.1", "198.51.100.2", "198.51.100.3" })
        {
            statuses.Add(await FailToSignInAsync(Client(peer: "127.0.0.1", forwardedFor: spoofed)));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(["127.0.0.1", "127.0.0.1"], await FailedSignInAddressesAsync());
    }

    [Fact]
    public async Task ForwardedFor_WithAnAddressTheClientMadeUp_TakesTheOneTheProxyAdded()
    {
        // nginx's $proxy_add_x_forwarded_for appends the address it saw to whatever the client sent.
        await FailToSignInAsync(Client(peer: Proxy, forwardedFor: "198.51.100.1, 203.0.113.7"));

        Assert.Equal(["203.0.113.7"], await FailedSignInAddressesAsync());
    }

    [Fact]
    public async Task Peer_InATrustedNetwork_IsBelievedLikeAKnownProxy()
    {
        await FailToSignInAsync(Client(peer: "10.1.2.3", forwardedFor: "203.0.113.9"));

        Assert.Equal(["203.0.113.9"], await FailedSignInAddressesAsync());
    }

    [Fact]
    public async Task PlainHttp_FromATrustedProxyThatTerminatedTls_IsServedWithSecureCookies()
    {
        var client = Client(peer: Proxy, forwardedFor: "203.0.113.7", baseAddress: "http://perspective.test");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie =>
            cookie.StartsWith("__Host-Perspective.Antiforgery=", StringComparison.Ordinal) && cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task PlainHttp_FromAnUntrustedAddressThatSaysHttps_IsRedirectedToHttps()
    {
        var client = Client(peer: "127.0.0.1", forwardedFor: "203.0.113.7", baseAddress: "http://perspective.test");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://perspective.test/sign-in", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public void KnownProxy_ThatIsNotAnAddress_StopsTheHostWithAClearMessage()
    {
        using var factory = new PerspectiveFactory().With(TrustedProxies.KnownProxiesSetting, "nginx");

        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);

        Assert.Equal("Perspective:ForwardedHeaders:KnownProxies: 'nginx' is not an IP address.", error.Message);
    }

    public void Dispose() => _factory.Dispose();

    private HttpClient Client(string peer, string forwardedFor, string baseAddress = "https://perspective.test")
    {
        var client = _factory.CreateClient();
        client.BaseAddress = new Uri(baseAddress);
        client.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private static async Task<HttpStatusCode> FailToSignInAsync(HttpClient client) =>
        (await client.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = "nobody@school.example", ["Password"] = "guess" })).StatusCode;

    private Task<List<string?>> FailedSignInAddressesAsync() =>
        _factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "users.sign-in.failed").OrderBy(e => e.Id).Select(e => e.IpAddress).ToListAsync());

    private sealed class PeerFactory : PerspectiveFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestPeerAddress>());
        }
    }
}
