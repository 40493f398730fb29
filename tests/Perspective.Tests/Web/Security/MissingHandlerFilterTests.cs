using System.Net;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Security;

public sealed class MissingHandlerFilterTests(PerspectiveFactory factory) : IClassFixture<PerspectiveFactory>
{
    [Fact]
    public async Task Post_ToAPageWithNoPostHandler_Returns404WithTheNotFoundPage()
    {
        var client = factory.ClientFor("Ann Admin", "LA admin");

        var response = await client.SubmitAsync("/documents", new Dictionary<string, string>(), postPath: "/account");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NamingAnUnknownHandler_ToAPageWithNoPostHandler_Returns404()
    {
        var client = factory.ClientFor("Ann Admin", "LA admin");

        var response = await client.SubmitAsync("/documents", new Dictionary<string, string>(), postPath: "/account?handler=NoSuchHandler");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_ToAPageWithOnlyAPostHandler_StillShowsItsForm()
    {
        var response = await factory.CreateClient().GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
