using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using Perspective.BrowserTests.Infrastructure;
using Perspective.BrowserTests.Organisations;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Users.Invitations;

/// <summary>
/// Journeys without an account yet: a new member of staff follows the invitation an LA admin sent
/// them and lands signed in; someone who forgot their password asks for a link; old or made-up
/// links say they have expired. Every page, and the forms with errors, passes axe.
/// </summary>
public sealed partial class InvitationJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const int Urn = 733001;
    private const string Email = "ivy.invited@hawthorn.test";

    [Fact]
    public async Task InvitedSchoolUser_FollowsTheEmailedLink_CreatesAPassword_AndLandsSignedIn()
    {
        await TenantData.AddAsync(Server, TenantData.School(Urn, "Hawthorn Junior School"));
        var admin = await PageSignedInAsAsync("Ann Admin", [BuiltInRoles.LaAdmin]);
        await admin.GotoAsync("/admin/users/invite");
        await admin.GetByLabel("School or team").FillAsync($"school-{Urn}");
        await admin.GetByLabel("Full name").FillAsync("Ivy Invited");
        await admin.GetByLabel("Email address").FillAsync(Email);
        await admin.GetByLabel(BuiltInRoles.SchoolUser, new() { Exact = true }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(admin.GetByTestId("invitation-sent")).ToBeVisibleAsync();

        var link = await ActivationLinkAsync();
        var page = await AnonymousPageAsync();
        await page.GotoAsync(link.PathAndQuery);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create your password" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "1-activate");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByLabel("Confirm password").FillAsync("different");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create password" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "2-activate-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("ivy's long and memorable passphrase");
        await page.GetByLabel("Confirm password").FillAsync("ivy's long and memorable passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create password" }).ClickAsync();
        await Expect(page.GetByTestId("account-bar")).ToContainTextAsync("Ivy Invited");
        await ScreenshotAsync(page, "3-signed-in");
        await Accessibility.AssertNoViolationsAsync(page);

        // The link works once.
        var again = await AnonymousPageAsync();
        await again.GotoAsync(link.PathAndQuery);
        await Expect(again.GetByTestId("link-expired")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SomeoneWhoForgotTheirPassword_AsksForALink_AndUnknownLinksHaveExpired()
    {
        var page = await AnonymousPageAsync();

        await page.GotoAsync("/sign-in/forgot-password");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reset your password" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Email address").FillAsync("not an email address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "1-forgot-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Email address").FillAsync("nobody.here@forgetful.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Expect(page.GetByTestId("reset-requested")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "2-sent");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/reset-password/" + new string('x', 43));
        await Expect(page.GetByTestId("link-expired")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "3-reset-expired");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/activate/" + new string('y', 43));
        await Expect(page.GetByTestId("link-expired")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "4-activate-expired");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>The link in the invitation, read from the .eml the pickup-folder provider writes once the outbox sender's round comes.</summary>
    private async Task<Uri> ActivationLinkAsync()
    {
        var folder = Path.Combine(Server.DataPath, "Mail");
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories))
                {
                    using var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => m.Address == Email) && ActivationLink().Match(message.TextBody ?? "") is { Success: true } match)
                    {
                        return new Uri(match.Value);
                    }
                }
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"No invitation email to {Email} arrived in {folder}.");
    }

    [GeneratedRegex(@"https?://\S+/activate/[A-Za-z0-9_-]+")]
    private static partial Regex ActivationLink();
}
