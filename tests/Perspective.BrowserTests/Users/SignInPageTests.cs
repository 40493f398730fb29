using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Users;

public sealed class SignInPageTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    [Fact]
    public async Task SignInPage_HasNoAxeViolations()
    {
        var page = await AnonymousPageAsync();

        await page.GotoAsync("/sign-in");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task SignInPage_WithEmptyForm_ShowsTheErrorSummaryAndPassesAxe()
    {
        var page = await AnonymousPageAsync();
        await page.GotoAsync("/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        var links = summary.GetByRole(AriaRole.Link);
        await Expect(links).ToHaveTextAsync(["Enter your email address", "Enter your password"]);
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await ScreenshotAsync(page, "errors");

        await links.First.ClickAsync();

        await Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
