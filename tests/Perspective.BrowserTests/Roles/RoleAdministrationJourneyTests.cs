using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Roles;

/// <summary>
/// An LA admin reads what each role holds, looks at a built-in role, adds a role of their own
/// (after a first try with nothing filled in), gives it permissions, then deletes it.
/// Every page passes axe.
/// </summary>
public sealed class RoleAdministrationJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const string RoleName = "Attendance lead";

    [Fact]
    public async Task LaAdmin_ReviewsRoles_AddsOne_AndDeletesIt_AndEveryPagePassesAxe()
    {
        var page = await PageSignedInAsAsync("Ann Admin", [BuiltInRoles.LaAdmin]);

        await page.GotoAsync("/admin/roles");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Roles", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "1-roles");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Change {BuiltInRoles.LaEditor}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = BuiltInRoles.LaEditor, Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "2-la-editor");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/roles");
        await page.GetByTestId("add-role").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a role" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByTestId("create-role").ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "3-add-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Name").FillAsync(RoleName);
        await page.GetByLabel("Description").FillAsync("Follows up absence with schools");
        await page.GetByLabel("School", new() { Exact = true }).CheckAsync();
        await page.GetByTestId("create-role").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/roles/Attendance%20lead$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = RoleName, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("role-banner")).ToContainTextAsync($"{RoleName} is added");
        await ScreenshotAsync(page, "4-added");
        await Accessibility.AssertNoViolationsAsync(page);

        await Expect(page.GetByTestId("role-scope")).ToContainTextAsync("cannot be given to a role for school staff");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Manage every organisation's accounts" })).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "See your own organisation's details" }).CheckAsync();
        await page.GetByTestId("save-role").ClickAsync();
        await Expect(page.GetByTestId("roles-banner")).ToContainTextAsync($"{RoleName} is saved");
        await Expect(page.GetByTestId($"role-{RoleName}")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Change {RoleName}" }).ClickAsync();
        await page.GetByTestId("delete-role").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Delete {RoleName}" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "5-delete");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByTestId("confirm-delete").ClickAsync();
        await Expect(page.GetByTestId("roles-banner")).ToContainTextAsync($"{RoleName} is deleted");
        await Expect(page.GetByTestId($"role-{RoleName}")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
