using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Email;

public sealed class EmailTemplatePagesTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    [Fact]
    public async Task LaAdmin_PreviewsATemplate_AndABrokenOneIsRefused_WithAxeCleanPages()
    {
        var page = await PageSignedInAsAsync("Ann Admin", [BuiltInRoles.LaAdmin]);

        await page.GotoAsync("/admin/email/templates");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Test message" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test message", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByTestId("preview-button").ClickAsync();
        await Expect(page.GetByTestId("preview-text")).ToContainTextAsync("If you can read this");
        await ScreenshotAsync(page, "preview");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Subject").FillAsync("Hello {{ nobody_knows_me }}");
        await page.GetByTestId("save-button").ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("nobody_knows_me");
        await ScreenshotAsync(page, "refused");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
