using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Audit;

public sealed class AuditTrailPageTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    [Fact]
    public async Task AuditTrail_SignedInAsLaAdmin_HasNoAxeViolations()
    {
        var signIn = await FailToSignInAsync();
        await ScreenshotAsync(signIn, "failed-sign-in");
        var page = await PageSignedInAsAsync("Ann Admin", ["LA admin"]);

        var response = await page.GotoAsync("/admin/audit");

        Assert.Equal(200, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("audit-table").GetByRole(AriaRole.Cell, new() { Name = "users.sign-in.failed" }).First).ToBeVisibleAsync();
        await ScreenshotAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task CheckTheAuditTrail_SaysIntact_AndHasNoAxeViolations()
    {
        await FailToSignInAsync();
        var page = await PageSignedInAsAsync("Ann Admin", ["LA admin"]);
        await page.GotoAsync("/admin/audit");

        await page.GetByTestId("audit-verify-link").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the audit trail" }).ClickAsync();

        await Expect(page.GetByTestId("audit-intact")).ToContainTextAsync("Audit trail intact:");
        await ScreenshotAsync(page, "verified");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task AuditTrail_FilteredByAKind_ShowsThatKind_AndHasNoAxeViolations()
    {
        await FailToSignInAsync();
        var page = await PageSignedInAsAsync("Ann Admin", ["LA admin"]);
        await page.GotoAsync("/admin/audit");

        await page.GetByLabel("Kind of event").SelectOptionAsync("users.sign-in.failed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Expect(page.GetByTestId("audit-table").GetByRole(AriaRole.Cell, new() { Name = "users.sign-in.failed" }).First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "filtered-by-kind");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task FailedEventDeliveries_SignedInAsLaAdmin_HasNoAxeViolations()
    {
        var page = await PageSignedInAsAsync("Ann Admin", ["LA admin"]);

        var response = await page.GotoAsync("/admin/audit/deliveries");

        Assert.Equal(200, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Failed event deliveries", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("deliveries-empty")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>A sign-in with credentials no account matches, so the trail has at least one row.</summary>
    private async Task<IPage> FailToSignInAsync()
    {
        var page = await AnonymousPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync("nobody@example.com");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a correct email address and password");
        return page;
    }
}
