using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Users;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Users;

/// <summary>A headteacher signs in for real and chooses a daily summary instead of one email per alert.</summary>
public sealed class EmailAlertsPageTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task Headteacher_ChoosesADailySummary_AndEveryPagePassesAxe()
    {
        await CreateAccountAsync("hetty.head@school.test");
        var page = await AnonymousPageAsync();

        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync("hetty.head@school.test");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Email alerts" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How do you want to get email alerts?" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("One summary email a day").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your email alert choice has been saved");
        await Expect(page.GetByLabel("One summary email a day")).ToBeCheckedAsync();
        await ScreenshotAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private async Task CreateAccountAsync(string email)
    {
        var tenant = (await Server.Services.GetRequiredService<ITenantCatalog>().FindAsync(Tenant.DefaultName))!;
        await using var scope = Server.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(tenant);
        var problems = await scope.ServiceProvider.GetRequiredService<IAccountCreator>().CreateAsync("Hetty Head", email, Password, [BuiltInRoles.Headteacher]);
        Assert.Empty(problems);
    }
}
