using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using OtpNet;
using Perspective.Users;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Users;

/// <summary>
/// A headteacher, whose role requires two-factor, signs in for the first time and sets it up with
/// an authenticator app, looks after their account, then signs in again with a recovery code.
/// Every page passes axe.
/// </summary>
public sealed class HeadteacherTwoFactorJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const string Email = "hetty.head@journey.test";
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task Headteacher_SetsUpTwoFactor_ManagesTheirAccount_AndSignsInWithARecoveryCode()
    {
        await CreateAccountAsync();
        var page = await AnonymousPageAsync();

        await SignInWithPasswordAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-factor authentication" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("qr-code").Locator("svg")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "1-set-up");
        await Accessibility.AssertNoViolationsAsync(page);

        var key = (await page.GetByTestId("authenticator-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Code from the app").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByTestId("two-factor-set-up-panel")).ToBeVisibleAsync();
        var recoveryCodes = await page.GetByTestId("recovery-codes").Locator("code").AllTextContentsAsync();
        Assert.Equal(10, recoveryCodes.Count);
        await ScreenshotAsync(page, "2-recovery-codes");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByTestId("continue").ClickAsync();
        await Expect(page.GetByTestId("account-bar")).ToContainTextAsync("Hetty Head");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/account/two-factor");
        await Expect(page.GetByTestId("two-factor-summary")).ToContainTextAsync("On");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/account/sessions");
        await Expect(page.GetByTestId("sessions-table")).ToContainTextAsync("This session");
        await ScreenshotAsync(page, "3-sessions");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/account/email-alerts");
        await page.GetByLabel("One summary email a day").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your email alert choice has been saved");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByTestId("account-bar").GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInWithPasswordAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter the code from your authenticator app" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "use a recovery code" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Recovery code").FillAsync(recoveryCodes[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Expect(page.GetByTestId("account-bar")).ToContainTextAsync("Hetty Head");
    }

    [Fact]
    public async Task BeforeAnIdleSessionEnds_AWarningOffersToStaySignedIn()
    {
        var page = await PageSignedInAsAsync("Olive Officer", [BuiltInRoles.LaOfficer]);
        await page.Clock.InstallAsync();
        await page.GotoAsync("/");

        await page.Clock.FastForwardAsync("28:30");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You will be signed out soon" });
        await Expect(dialog).ToBeVisibleAsync();
        await ScreenshotAsync(page, "warning");
        await Accessibility.AssertNoViolationsAsync(page);

        var keptAlive = page.WaitForResponseAsync(response => response.Url.EndsWith("/session/keep-alive", StringComparison.Ordinal));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();

        Assert.Equal(204, (await keptAlive).Status);
        await Expect(dialog).ToBeHiddenAsync();
    }

    private static async Task SignInWithPasswordAsync(IPage page)
    {
        await page.GotoAsync("/sign-in");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Email address").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private async Task CreateAccountAsync()
    {
        var tenant = (await Server.Services.GetRequiredService<ITenantCatalog>().FindAsync(Tenant.DefaultName))!;
        await using var scope = Server.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(tenant);
        var problems = await scope.ServiceProvider.GetRequiredService<IAccountCreator>().CreateAsync("Hetty Head", Email, Password, [BuiltInRoles.Headteacher]);
        Assert.Empty(problems);
    }
}
