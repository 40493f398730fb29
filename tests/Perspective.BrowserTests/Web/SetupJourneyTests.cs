using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using Perspective.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Web;

/// <summary>A newcomer starts a fresh portal, completes setup in the browser and sets up two-factor and lands in it as the LA administrator.</summary>
public sealed class SetupJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task Newcomer_CompletesSetup_LandsInThePortal_AndCanSignInAgain()
    {
        await using var fresh = PerspectiveServer.NotYetSetUp();
        await fresh.InitializeAsync();
        var page = await AnonymousPageAsync(fresh);

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up the portal", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "setup");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the portal" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the Local Authority's name");
        await ScreenshotAsync(page, "setup-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Local Authority name").FillAsync("Westshire Council");
        await page.GetByLabel("Local Authority portal").CheckAsync();
        await page.GetByLabel("Full name").FillAsync("Wendy Admin");
        await page.GetByLabel("Email address").FillAsync("wendy@westshire.test");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the portal" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-factor authentication" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("site-name")).ToHaveTextAsync("Westshire Council");
        var key = (await page.GetByTestId("authenticator-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Code from the app").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var recoveryCode = await page.GetByTestId("recovery-codes").Locator("code").First.TextContentAsync();
        await page.GetByTestId("continue").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.GetByTestId("account-bar")).ToContainTextAsync("Wendy Admin");
        await Expect(page.GetByTestId("home-admin-links")).ToContainTextAsync("Audit trail");
        await ScreenshotAsync(page, "home");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in$"));
        await page.GetByLabel("Email address").FillAsync("wendy@westshire.test");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "use a recovery code" }).ClickAsync();
        await page.GetByLabel("Recovery code").FillAsync(recoveryCode!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByTestId("account-bar")).ToContainTextAsync("Wendy Admin");
        var setupAgain = await page.GotoAsync("/setup");
        Assert.Equal(404, setupAgain!.Status);
    }
}
