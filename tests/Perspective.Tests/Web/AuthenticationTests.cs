using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web;

public sealed class AuthenticationTests(PerspectiveFactory factory) : IClassFixture<PerspectiveFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin")]
    [InlineData("/admin/audit")]
    public async Task AnonymousRequest_IsRedirectedToSignIn_WithItsReturnAddress(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/_content/Perspective.Theme/css/theme.css")]
    public async Task PublicAddresses_AnswerWithoutSigningIn(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Cookies_AreHostPrefixedSecureHttpOnlyAndSameSite()
    {
        var response = await factory.CreateClient().GetAsync("/sign-in");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Perspective.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FormPost_WithoutAnAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        var response = await factory.CreateClient().PostAsync("/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@example.com", ["Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAnAntiforgeryToken_IsRefused()
    {
        var response = await factory.ClientFor("Ann Admin", "LA admin").PostAsync("/sign-out", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
