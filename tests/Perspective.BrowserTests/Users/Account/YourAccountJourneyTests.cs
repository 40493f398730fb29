using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using Perspective.BrowserTests.Infrastructure;
using Perspective.BrowserTests.Organisations;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Users.Account;

/// <summary>
/// An LA officer, whose role does not need two-factor, signs in with their password and looks
/// after their account: name, email address, password, then turns two-factor on, gets new recovery
/// codes, turns it off again and looks at their sessions. Each form is first sent with a mistake,
/// and every page passes axe.
/// </summary>
public sealed class YourAccountJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const string Email = "orla.officer@journey.test";
    private const string Password = "orla's long and memorable passphrase";
    private const string NewPassword = "a different and even longer passphrase";

    [Fact]
    public async Task LaOfficer_LooksAfterTheirAccount_AndTurnsTwoFactorOnAndOff_AndEveryPagePassesAxe()
    {
        await TenantData.CreateAccountAsync(Server, "Orla Officer", Email, Password, [BuiltInRoles.LaOfficer], "LA");
        var page = await AnonymousPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByTestId("account-bar")).ToContainTextAsync("Orla Officer");

        await page.GotoAsync("/account");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "01-account");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change name" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Change your name").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "02-name-errors");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Change your name").FillAsync("Orla O'Officer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("account-banner")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("account-summary")).ToContainTextAsync("Orla O'Officer");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change email address" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("New email address").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "03-email-errors");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("New email address").FillAsync("orla.new@journey.test");
        await page.GetByLabel("Your current password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Expect(page.GetByTestId("account-banner")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "04-email-link-sent");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/account/password");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Current password").FillAsync("not my password");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Confirm new password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "05-password-errors");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Current password").FillAsync(Password);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Confirm new password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.GetByTestId("account-banner")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await TwoFactorAsync(page);

        await page.GotoAsync("/account/sessions");
        await Expect(page.GetByTestId("sessions-table")).ToContainTextAsync("This session");
        await ScreenshotAsync(page, "12-sessions");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private async Task TwoFactorAsync(IPage page)
    {
        await page.GotoAsync("/account/two-factor");
        await Expect(page.GetByTestId("two-factor-summary")).ToContainTextAsync("Off");
        await ScreenshotAsync(page, "06-two-factor-off");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/two-factor/set-up$"));
        await Expect(page.GetByTestId("qr-code").Locator("svg")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Code from the app").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "07-set-up-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        var key = (await page.GetByTestId("authenticator-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Code from the app").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        if (await page.GetByLabel("Your password").CountAsync() > 0)
        {
            await page.GetByLabel("Your password").FillAsync(NewPassword);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByTestId("two-factor-set-up-panel")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "08-set-up-done");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "I have saved my recovery codes" }).ClickAsync();
        await Expect(page.GetByTestId("two-factor-summary")).ToContainTextAsync("On");
        await ScreenshotAsync(page, "09-two-factor-on");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Get new recovery codes" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Your password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Get new codes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your new recovery codes" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "10-recovery-codes");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/account/two-factor/turn-off");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Your password").FillAsync("not my password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn off two-factor" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "11-turn-off-errors");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Your password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn off two-factor" }).ClickAsync();
        await Expect(page.GetByTestId("two-factor-summary")).ToContainTextAsync("Off");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
