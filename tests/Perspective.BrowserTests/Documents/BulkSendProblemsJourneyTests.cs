using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.BrowserTests.Organisations;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Documents;

/// <summary>
/// A bulk send that goes wrong before it goes right: a file of the wrong type is refused by the
/// upload, one file matches no school and two match the same school. The officer tries to send,
/// is stopped, matches the odd file by hand (getting the school wrong once), removes the spare
/// and sends. Every page, and each page with errors, passes axe.
/// </summary>
public sealed class BulkSendProblemsJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const int ElmUrn = 734021;
    private const int FirUrn = 734022;
    private const string Category = "Risk category letters (bulk problems journey)";
    private const string Team = "team-bulk-problems-journey";

    [Fact]
    public async Task UnmatchedAndDuplicateFiles_AreShown_MatchedByHandOrRemoved_ThenSent()
    {
        await TenantData.AddAsync(Server, TenantData.School(ElmUrn, "Elm Primary School"), TenantData.School(FirUrn, "Fir Academy"), DocumentsData.LaTeam(Team, "Risk Team"));
        await DocumentsData.CategoryAsync(Server, Category);
        var officer = await PageSignedInAsAsync("Rhys Risk", [BuiltInRoles.LaOfficer], Team);

        await UploadAsync(officer);
        await TrySendingAsync(officer);
        await MatchByHandAsync(officer);

        await officer.GetByRole(AriaRole.Button, new() { Name = $"Remove {ElmUrn}_Letter (copy).pdf" }).ClickAsync();
        await Expect(officer.GetByTestId("bulk-banner")).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("matched-count")).ToHaveTextAsync("2 files match a school");
        await Expect(officer.GetByTestId("duplicate-count")).ToHaveTextAsync("0 schools have more than one file");
        await ScreenshotAsync(officer, "07-removed");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByRole(AriaRole.Button, new() { Name = "Send 2 letters" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/documents/sent/[0-9a-f-]{36}$"));
        await Expect(officer.GetByTestId("receipts-summary")).ToHaveTextAsync("0 opened, 2 not opened");
        await Expect(officer.GetByTestId("receipts-list")).ToContainTextAsync("Fir Academy");
    }

    private async Task UploadAsync(IPage officer)
    {
        await officer.GotoAsync("/documents/bulk-send");
        await officer.GetByTestId("start-bulk-send").ClickAsync();
        await Expect(officer.Locator(".govuk-error-summary")).ToContainTextAsync("Select");
        await Expect(officer).ToHaveTitleAsync(new Regex("^Error: Send one letter to each school"));
        await ScreenshotAsync(officer, "01-start-errors");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByLabel(Category).CheckAsync();
        await officer.GetByTestId("start-bulk-send").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Upload the letters" })).ToBeVisibleAsync();

        await officer.Locator("input[type=file]").SetInputFilesAsync(new[]
        {
            Pdf($"{ElmUrn}_Letter.pdf"),
            Pdf($"{ElmUrn}_Letter (copy).pdf"),
            Pdf("Fir letter.pdf"),
            new FilePayload { Name = $"{FirUrn}_Notes.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("not a letter") },
        });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();
        await Expect(officer.GetByTestId("refused-files")).ToContainTextAsync($"{FirUrn}_Notes.txt");
        await Expect(officer.GetByTestId("bulk-upload-status")).ToHaveTextAsync("4 of 4 files uploaded");
        // The chooser is emptied for the next try, and says so.
        await Expect(officer.Locator(".govuk-file-upload-button")).ToContainTextAsync("No file chosen");
        await ScreenshotAsync(officer, "02-refused");
        await FileUploadAccessibility.AssertNoViolationsAsync(officer, "Letters");

        await officer.GetByRole(AriaRole.Link, new() { Name = "Check the uploaded files and send them" }).ClickAsync();
        await Expect(officer.GetByTestId("matched-count")).ToHaveTextAsync("0 files match a school");
        await Expect(officer.GetByTestId("unmatched-count")).ToHaveTextAsync("1 file does not match a school");
        await Expect(officer.GetByTestId("duplicate-count")).ToHaveTextAsync("1 school has more than one file");
        await ScreenshotAsync(officer, "03-preview-problems");
        await Accessibility.AssertNoViolationsAsync(officer);
    }

    private async Task TrySendingAsync(IPage officer)
    {
        await officer.GetByTestId("send-letters").ClickAsync();
        await Expect(officer.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(officer).ToHaveTitleAsync(new Regex("^Error: "));
        await ScreenshotAsync(officer, "04-preview-errors");
        await Accessibility.AssertNoViolationsAsync(officer);
    }

    private async Task MatchByHandAsync(IPage officer)
    {
        await officer.GetByRole(AriaRole.Link, new() { Name = "Match by hand Fir letter.pdf" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Which school is this file for?" })).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "05-match");
        await Accessibility.AssertNoViolationsAsync(officer);

        var school = officer.GetByLabel("Which school is this file for?");
        await school.FillAsync("999999");
        await officer.GetByTestId("match-file").ClickAsync();
        await Expect(officer.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(officer).ToHaveTitleAsync(new Regex("^Error: Which school is this file for\\?"));
        await ScreenshotAsync(officer, "06-match-errors");
        await Accessibility.AssertNoViolationsAsync(officer);

        await school.FillAsync(FirUrn.ToString(CultureInfo.InvariantCulture));
        await officer.GetByTestId("match-file").ClickAsync();
        await Expect(officer.GetByTestId("matched-files")).ToContainTextAsync("Fir Academy");
        await Expect(officer.GetByTestId("matched-files")).ToContainTextAsync("Chosen by hand");
    }

    private static FilePayload Pdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = DocumentsData.Pdf(name) };
}
