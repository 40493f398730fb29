using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Web;

public sealed class ErrorPageTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    [Fact]
    public async Task NotFoundPage_HasNoAxeViolations()
    {
        // Signed in: an anonymous visitor is sent to sign in for any address, known or not.
        var page = await PageSignedInAsAsync("Ann Admin", ["LA admin"]);

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
