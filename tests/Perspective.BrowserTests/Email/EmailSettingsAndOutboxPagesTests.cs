using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Email;

public sealed class EmailSettingsAndOutboxPagesTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    [Fact]
    public async Task SettingsPage_WithABadPort_ShowsTheError_AndBothStatesPassAxe()
    {
        var page = await PageSignedInAsAsync("Ann Admin", [BuiltInRoles.LaAdmin]);

        await page.GotoAsync("/admin/email/settings");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email settings", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Port").FillAsync("70000");
        await page.GetByTestId("save-settings").ClickAsync();

        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "errors");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task OutboxPage_PassesAxe()
    {
        var page = await PageSignedInAsAsync("Ann Admin", [BuiltInRoles.LaAdmin]);

        await page.GotoAsync("/admin/email/outbox");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email outbox", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
