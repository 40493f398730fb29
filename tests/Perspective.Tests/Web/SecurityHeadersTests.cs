using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web;

public sealed class SecurityHeadersTests(PerspectiveFactory factory) : IClassFixture<PerspectiveFactory>
{
    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    [InlineData("/health/ready")]
    public async Task EveryResponse_CarriesTheBrowserProtections(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[0-9A-F]{32}'", csp);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInPage_IsNeverCached()
    {
        var response = await factory.ClientFor("Ann Admin", "LA admin").GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task InlineScript_CarriesTheNonceThePolicyAllows()
    {
        var response = await factory.CreateClient().GetAsync("/sign-in");
        var html = await response.Content.ReadAsStringAsync();

        var nonce = System.Text.RegularExpressions.Regex.Match(
            response.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
        Assert.Contains($"<script nonce=\"{nonce}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttpRequest_IsRedirectedToHttps()
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://perspective.test"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.RedirectKeepVerb, response.StatusCode);
        Assert.Equal("https", response.Headers.Location?.Scheme);
    }
}
