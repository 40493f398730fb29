using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Organisations;

/// <summary>
/// An LA admin looks after the Local Authority's schools: filters and pages through the list,
/// changes a school's edition, imports a GIAS file, makes and deletes a group, adds a team and
/// sets the Lite edition's account limit. A headteacher then finds their own school's page.
/// Every page, and a form with errors on each, passes axe.
/// </summary>
public sealed class OrganisationAdministrationJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    // URNs of this journey's own, clear of every other test's.
    private const int FirstUrn = 731000;

    [Fact]
    public async Task LaAdmin_LooksAfterSchoolsGroupsAndTeams_AndEveryPagePassesAxe()
    {
        await TenantData.AddAsync(Server, [.. Enumerable.Range(0, 60).Select(i =>
            TenantData.School(FirstUrn + i, $"Orchard {(i % 2 == 0 ? "Primary" : "Secondary")} School {i + 1:D2}", i % 2 == 0 ? "Primary" : "Secondary"))]);
        var page = await PageSignedInAsAsync("Ann Admin", [BuiltInRoles.LaAdmin]);

        await page.GotoAsync("/admin/organisations");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Schools and teams", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".govuk-pagination")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "01-list");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Name, URN or DfE number").FillAsync("Orchard");
        await page.GetByLabel("Phase").SelectOptionAsync("Primary");
        await page.GetByLabel("Status").SelectOptionAsync("open");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.GetByTestId("organisation-row")).ToHaveCountAsync(30);
        await ScreenshotAsync(page, "02-list-filtered");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Orchard Primary School 01" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/organisations/school-{FirstUrn}$"));
        await ScreenshotAsync(page, "03-school");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change edition and account limit" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edition and account limit" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Account limit on the Lite edition (optional)").FillAsync("lots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "04-edition-errors");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Account limit on the Lite edition (optional)").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("organisation-summary")).ToContainTextAsync("12 accounts (set for this school)");
        await ScreenshotAsync(page, "05-school-saved");
        await Accessibility.AssertNoViolationsAsync(page);

        await ImportAsync(page);
        await GroupAsync(page);
        await TeamAndSettingsAsync(page);

        var headteacher = await PageSignedInAsAsync("Hilary Head", [BuiltInRoles.Headteacher], $"school-{FirstUrn}");
        await headteacher.GotoAsync("/organisation");
        await Expect(headteacher).ToHaveURLAsync(new Regex($"/admin/organisations/school-{FirstUrn}$"));
        await Expect(headteacher.GetByRole(AriaRole.Heading, new() { Name = "Orchard Primary School 01" })).ToBeVisibleAsync();
        await ScreenshotAsync(headteacher, "16-headteacher-own-school");
        await Accessibility.AssertNoViolationsAsync(headteacher);
    }

    private async Task ImportAsync(IPage page)
    {
        await page.GotoAsync("/admin/organisations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import schools from GIAS" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import schools from GIAS" })).ToBeVisibleAsync();
        await FileUploadAccessibility.AssertNoViolationsAsync(page, "Upload a GIAS file");

        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a CSV file");
        await ScreenshotAsync(page, "06-import-errors");
        await FileUploadAccessibility.AssertNoViolationsAsync(page, "Upload a GIAS file");

        var file = Path.Combine(Path.GetTempPath(), $"gias-{Guid.NewGuid():N}.csv");
        try
        {
            // Two new schools, a change of name to one of the journey's, and a row with an error.
            await File.WriteAllTextAsync(file, string.Join("\n",
                "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),EstablishmentStatus (name),Postcode,HeadFirstName,HeadLastName,Website",
                $"{FirstUrn + 100},888,Northshire,5100,Quince Tree Infant School,Community school,Primary,Open,NS2 2BB,Quentin,Quince,https://quince.example",
                $"{FirstUrn + 101},888,Northshire,5101,Rowan Academy,Academy converter,Secondary,Open,NS3 3CC,Rowena,Rowan,",
                $"{FirstUrn + 1},888,Northshire,{(FirstUrn + 1) % 10000:D4},Orchard Secondary School 02 (renamed),Community school,Secondary,Open,NS1 1AA,Hilary,Head,",
                $"{FirstUrn + 102},88,Northshire,5102,Broken Row School,Community school,Primary,Open,NS4 4DD,Bea,Broken,") + "\n");
            await page.Locator("input[type=file][name=Upload]").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
        }
        finally
        {
            File.Delete(file);
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check the import" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("new-schools")).ToContainTextAsync("Quince Tree Infant School");
        await Expect(page.GetByTestId("import-errors")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "07-import-preview");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Import these changes" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/organisations/import/done$"));
        await Expect(page.GetByTestId("import-done-counts")).ToContainTextAsync("Schools added");
        await ScreenshotAsync(page, "08-import-done");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private async Task GroupAsync(IPage page)
    {
        await page.GotoAsync("/admin/organisations/groups");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Groups of schools" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "09-groups");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Create a group" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create group" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "10-new-group-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Name").FillAsync("Orchard cluster");
        await page.GetByLabel("Cluster").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create group" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orchard cluster", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Schools in this group").FillAsync(string.Join("\n", FirstUrn.ToString(CultureInfo.InvariantCulture), "999999", $"888/{(FirstUrn + 2) % 10000:D4}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save schools" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("999999");
        await ScreenshotAsync(page, "11-group-errors");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Schools in this group").FillAsync(string.Join("\n", FirstUrn.ToString(CultureInfo.InvariantCulture), $"888/{(FirstUrn + 2) % 10000:D4}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save schools" }).ClickAsync();
        await Expect(page.GetByTestId("members-table")).ToContainTextAsync("Orchard Primary School 03");
        await ScreenshotAsync(page, "12-group");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete this group" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to delete Orchard cluster?" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "13-delete-group");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete group" }).ClickAsync();
        await Expect(page.GetByTestId("groups-banner")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private async Task TeamAndSettingsAsync(IPage page)
    {
        await page.GotoAsync("/admin/organisations/teams/new");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add team" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "14-new-team-errors");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("What is the team's name?").FillAsync("Orchard Inclusion Team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add team" }).ClickAsync();
        await Expect(page.GetByTestId("organisation-banner")).ToContainTextAsync("Orchard Inclusion Team added");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/organisations/settings");
        await Accessibility.AssertNoViolationsAsync(page);
        var limit = page.GetByLabel("How many accounts may a school on the Lite edition have?");
        var before = await limit.InputValueAsync();
        await limit.FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "15-settings-errors");
        await Accessibility.AssertNoViolationsAsync(page);
        // Saved as it was: other journeys share the tenant's default.
        await limit.FillAsync(before.Length == 0 ? "10" : before);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("settings-banner")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
