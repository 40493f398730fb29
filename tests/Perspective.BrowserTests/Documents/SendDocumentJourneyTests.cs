using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.BrowserTests.Organisations;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Documents;

/// <summary>
/// An LA officer sends one document to one school with a message and an expiry date (after
/// sending nothing first), then, as its sender, changes its expiry date, replaces its file and
/// revokes it. Every page, and each page with errors, passes axe.
/// </summary>
public sealed class SendDocumentJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const int Urn = 734011;
    private const string School = "Damson Primary School";
    private const string Category = "Visit records (send journey)";
    private const string Team = "team-send-journey";

    [Fact]
    public async Task LaOfficer_SendsOneDocument_ThenChangesExpiryReplacesAndRevokesIt()
    {
        await TenantData.AddAsync(Server, TenantData.School(Urn, School), DocumentsData.LaTeam(Team, "Visits Team"));
        await DocumentsData.CategoryAsync(Server, Category);
        var officer = await PageSignedInAsAsync("Sam Sender", [BuiltInRoles.LaOfficer], Team);

        await SendAsync(officer);
        await officer.GetByTestId("receipts-link").ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Visit note.pdf" }).ClickAsync();
        await Expect(officer.GetByTestId("document-title")).ToHaveTextAsync("Visit note.pdf");
        await Expect(officer.GetByTestId("document-details")).ToContainTextAsync("Please read before the next visit.");
        await Expect(officer.GetByTestId("versions").Locator("tbody tr")).ToHaveCountAsync(1);
        await ScreenshotAsync(officer, "04-document-as-sender");
        await Accessibility.AssertNoViolationsAsync(officer);

        await ChangeExpiryAsync(officer);
        await ReplaceAsync(officer);
        await RevokeAsync(officer);
    }

    private async Task SendAsync(IPage officer)
    {
        await officer.GotoAsync("/documents/sent");
        await officer.GetByTestId("documents-navigation").GetByRole(AriaRole.Link, new() { Name = "Send a document" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Send a document", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "01-send");
        await FileUploadAccessibility.AssertNoViolationsAsync(officer, "Upload the file");

        await officer.GetByTestId("send-document").ClickAsync();
        await Expect(officer.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(officer).ToHaveTitleAsync(new Regex("^Error: Send a document"));
        await ScreenshotAsync(officer, "02-send-errors");
        await FileUploadAccessibility.AssertNoViolationsAsync(officer, "Upload the file");

        var nextYear = TimeProvider.System.GetLocalNow().Year + 1;
        await officer.GetByLabel(Category).CheckAsync();
        await officer.GetByLabel("One school or team").CheckAsync();
        await officer.GetByLabel("School or team", new() { Exact = true }).FillAsync(Urn.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Message (optional)").FillAsync("Please read before the next visit.");
        var expiry = officer.GetByRole(AriaRole.Group, new() { Name = "Expiry date (optional)" });
        await expiry.GetByLabel("Day").FillAsync("31");
        await expiry.GetByLabel("Month").FillAsync("3");
        await expiry.GetByLabel("Year").FillAsync(nextYear.ToString(CultureInfo.InvariantCulture));
        await officer.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "Visit note.pdf", MimeType = "application/pdf", Buffer = DocumentsData.Pdf("visit note") });
        await officer.GetByTestId("send-document").ClickAsync();

        await Expect(officer.GetByTestId("document-sent")).ToContainTextAsync("Visit note.pdf");
        await Expect(officer.GetByTestId("sent-to")).ToHaveTextAsync(School);
        // Nobody at the school holds the category's recipient role yet, and the officer is told so.
        await Expect(officer.GetByTestId("nobody-holds-role")).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "03-sent");
        await Accessibility.AssertNoViolationsAsync(officer);
    }

    private async Task ChangeExpiryAsync(IPage officer)
    {
        await officer.GetByRole(AriaRole.Link, new() { Name = "Change expiry date" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Expiry date", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "05-expiry");
        await Accessibility.AssertNoViolationsAsync(officer);

        var date = officer.GetByRole(AriaRole.Group, new() { Name = "What is the last day recipients can open it?" });
        await date.GetByLabel("Day").FillAsync("31");
        await date.GetByLabel("Month").FillAsync("2");
        await date.GetByLabel("Year").FillAsync("2020");
        await officer.GetByTestId("save-expiry").ClickAsync();
        await Expect(officer.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(officer).ToHaveTitleAsync(new Regex("^Error: Expiry date"));
        await ScreenshotAsync(officer, "06-expiry-errors");
        await Accessibility.AssertNoViolationsAsync(officer);

        var nextYear = TimeProvider.System.GetLocalNow().Year + 1;
        await date.GetByLabel("Day").FillAsync("30");
        await date.GetByLabel("Month").FillAsync("4");
        await date.GetByLabel("Year").FillAsync(nextYear.ToString(CultureInfo.InvariantCulture));
        await officer.GetByTestId("save-expiry").ClickAsync();
        await Expect(officer.GetByTestId("document-details")).ToContainTextAsync($"Until the end of 30 April {nextYear}");
        await ScreenshotAsync(officer, "07-expiry-saved");
        await Accessibility.AssertNoViolationsAsync(officer);
    }

    private async Task ReplaceAsync(IPage officer)
    {
        await officer.GetByTestId("replace").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Replace the file", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "08-replace");
        await FileUploadAccessibility.AssertNoViolationsAsync(officer, "Upload a file");

        await officer.GetByTestId("upload-version").ClickAsync();
        await Expect(officer.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "09-replace-errors");
        await FileUploadAccessibility.AssertNoViolationsAsync(officer, "Upload a file");

        await officer.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "Visit note v2.pdf", MimeType = "application/pdf", Buffer = DocumentsData.Pdf("visit note, second version") });
        await officer.GetByTestId("upload-version").ClickAsync();
        await Expect(officer.GetByTestId("versions").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(officer.GetByTestId("version-2")).ToContainTextAsync("Visit note v2.pdf");
        await ScreenshotAsync(officer, "10-replaced");
        await Accessibility.AssertNoViolationsAsync(officer);
    }

    private async Task RevokeAsync(IPage officer)
    {
        await officer.GetByTestId("revoke").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to revoke Visit note.pdf?" })).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "11-revoke");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByTestId("confirm-revoke").ClickAsync();
        await Expect(officer.GetByTestId("document-revoked")).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("revoke")).ToHaveCountAsync(0);
        await ScreenshotAsync(officer, "12-revoked");
        await Accessibility.AssertNoViolationsAsync(officer);
    }
}
