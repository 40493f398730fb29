using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Tenants;

/// <summary>A platform administrator creates a tenant in the browser, then an LA admin switches a module off and on.</summary>
public sealed class PlatformAdministrationJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    [Fact]
    public async Task PlatformAdmin_CreatesATenant_ThroughCheckYourAnswers_AndEveryPagePassesAxe()
    {
        var page = await PageSignedInAsAsync("Pat Platform", [BuiltInRoles.PlatformAdmin]);

        await page.GotoAsync("/admin/tenants");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tenants", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByTestId("create-tenant").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "create-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("eastshire");
        await page.GetByLabel("Local Authority name").FillAsync("Eastshire Council");
        await page.GetByLabel("URL prefix (optional)").FillAsync("eastshire");
        await page.GetByLabel(PerspectiveServer.HeldRecipe).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before creating the tenant" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "check-answers");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create tenant" }).ClickAsync();

        // The recipe waits in its held step until this test has looked at the progress page.
        await Expect(page).ToHaveURLAsync(new Regex("/admin/tenants/create/progress/[0-9a-f]{32}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Creating eastshire" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Step 2 of 2: test.hold")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await ScreenshotAsync(page, "progress");
        await Accessibility.AssertNoViolationsAsync(page);
        HoldStep.Gate.Release();

        // progress.js goes on to the tenant's page by itself once the recipe has run.
        await Expect(page).ToHaveURLAsync(new Regex("/admin/tenants/eastshire$"), new() { Timeout = 30_000 });
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("eastshire");
        await ScreenshotAsync(page, "created");
        await Accessibility.AssertNoViolationsAsync(page);

        var tenantPage = await AnonymousPageAsync();
        await tenantPage.GotoAsync("/eastshire/sign-in");
        await Expect(tenantPage.GetByTestId("site-name")).ToHaveTextAsync("Eastshire Council");
    }

    [Fact]
    public async Task LaAdmin_SwitchesAModuleOffAndOn_AndItsMenuEntryFollows()
    {
        var page = await PageSignedInAsAsync("Ann Admin", [BuiltInRoles.LaAdmin]);

        await page.GotoAsync("/admin/features");
        await ScreenshotAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Disable Perspective.Audit" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("admin-menu")).Not.ToContainTextAsync("Audit trail");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Enable Perspective.Audit" }).ClickAsync();
        await Expect(page.GetByTestId("admin-menu")).ToContainTextAsync("Audit trail");
    }

    [Fact]
    public async Task ExportPage_PassesAxe_AndDownloadsTheConfiguration()
    {
        var page = await PageSignedInAsAsync("Ann Admin", [BuiltInRoles.LaAdmin]);
        await page.GotoAsync("/admin/recipes/export");
        await ScreenshotAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-button").ClickAsync());

        Assert.Equal("configuration.recipe.json", download.SuggestedFilename);
    }
}
