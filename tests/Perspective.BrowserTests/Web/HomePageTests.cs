using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Web;

public sealed class HomePageTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn()
    {
        var page = await AnonymousPageAsync();

        await page.GotoAsync("/");

        Assert.Equal("/sign-in", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(page);
    }

    [Fact]
    public async Task HomePage_SignedInAsLaAdmin_HasNoAxeViolations()
    {
        var page = await PageSignedInAsAsync("Ann Admin", ["LA admin"]);

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response?.Status);
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByTestId("site-header")).ToContainTextAsync(PerspectiveServer.LocalAuthorityName);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" })).ToBeVisibleAsync();
        await ScreenshotAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
