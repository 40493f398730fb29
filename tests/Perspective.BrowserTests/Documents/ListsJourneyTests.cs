using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.BrowserTests.Organisations;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Documents;

/// <summary>
/// The received and sent lists: a headteacher and an LA officer each filter theirs, and each
/// gets a GOV.UK error for a date that is not one. Every page passes axe.
/// </summary>
public sealed class ListsJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const string School = "school-734041";
    private const string Team = "team-lists-journey";
    private const string Officer = "Lou Lister";

    [Fact]
    public async Task ReceivedAndSentLists_Filter_AndABadDateGetsAnError()
    {
        await TenantData.AddAsync(Server, TenantData.School(734041, "Juniper Primary School"), DocumentsData.LaTeam(Team, "Lists Team"));
        var category = await DocumentsData.CategoryAsync(Server, "General (lists journey)");
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        await DocumentsData.SentDocumentAsync(Server, category, "Budget letter (lists journey)", Officer, Team, School, now.AddDays(-3));
        await DocumentsData.SentDocumentAsync(Server, category, "Term dates (lists journey)", Officer, Team, School, now.AddDays(-1));

        await ReceivedAsync();
        await SentAsync();
    }

    private async Task ReceivedAsync()
    {
        var head = await PageSignedInAsAsync("Jo Juniper", [BuiltInRoles.Headteacher], School);
        await head.GotoAsync("/documents");
        await Expect(head.GetByTestId("received-list").Locator("tbody tr")).ToHaveCountAsync(2);
        await Accessibility.AssertNoViolationsAsync(head);

        await head.GetByLabel("Title contains").FillAsync("budget");
        await head.GetByLabel("Status").SelectOptionAsync("Not opened");
        await head.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(head.GetByTestId("received-list").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(head.GetByTestId("received-list")).ToContainTextAsync("Budget letter (lists journey)");
        await Expect(head.GetByTestId("received-list")).ToContainTextAsync("Lists Team");
        await ScreenshotAsync(head, "01-received-filtered");
        await Accessibility.AssertNoViolationsAsync(head);

        await head.GetByLabel("Sent from").FillAsync("31/2/2026");
        await head.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(head.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(head).ToHaveTitleAsync(new Regex("^Error: Documents –"));
        await Expect(head.GetByTestId("received-list")).ToHaveCountAsync(0);
        await ScreenshotAsync(head, "02-received-bad-date");
        await Accessibility.AssertNoViolationsAsync(head);
    }

    private async Task SentAsync()
    {
        var officer = await PageSignedInAsAsync(Officer, [BuiltInRoles.LaOfficer], Team);
        await officer.GotoAsync("/documents");
        await officer.GetByTestId("documents-navigation").GetByRole(AriaRole.Link, new() { Name = "Sent" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Documents you have sent", Level = 1 })).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("sent-list").Locator("tbody tr")).ToHaveCountAsync(2);
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByLabel("School", new() { Exact = true }).FillAsync("Juniper");
        await officer.GetByLabel("Title contains").FillAsync("term");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(officer.GetByTestId("sent-list").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(officer.GetByTestId("sent-list")).ToContainTextAsync("Term dates (lists journey)");
        await ScreenshotAsync(officer, "03-sent-filtered");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByLabel("Sent to").FillAsync("next Tuesday");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(officer.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(officer).ToHaveTitleAsync(new Regex("^Error: Documents you have sent –"));
        await ScreenshotAsync(officer, "04-sent-bad-date");
        await Accessibility.AssertNoViolationsAsync(officer);
    }
}
