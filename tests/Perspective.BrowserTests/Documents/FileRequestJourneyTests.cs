using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.BrowserTests.Organisations;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Documents;

/// <summary>
/// An LA officer asks two schools for a file (after a first try with nothing filled in), one
/// school's headteacher uploads theirs (after a first try with no file), the officer sees it
/// submitted and closes the request. Every page, and each page with errors, passes axe.
/// </summary>
public sealed class FileRequestJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    private const int GorseUrn = 734031;
    private const int HollyUrn = 734032;
    private const string Category = "Data returns (requests journey)";
    private const string Title = "Safeguarding audit (requests journey)";
    private const string Team = "team-requests-journey";

    [Fact]
    public async Task LaOfficer_AsksTwoSchools_OneAnswers_AndTheOfficerClosesTheRequest()
    {
        await TenantData.AddAsync(Server, TenantData.School(GorseUrn, "Gorse Primary School"), TenantData.School(HollyUrn, "Holly Academy"), DocumentsData.LaTeam(Team, "Safeguarding Team"));
        await DocumentsData.CategoryAsync(Server, Category);
        var officer = await PageSignedInAsAsync("Ria Requester", [BuiltInRoles.LaOfficer], Team);

        var request = await AskAsync(officer);
        await SchoolAnswersAsync();

        await officer.GotoAsync(request);
        await Expect(officer.GetByTestId($"answer-status-school-{GorseUrn}")).ToHaveTextAsync("Submitted");
        await Expect(officer.GetByTestId($"answer-status-school-{HollyUrn}")).ToHaveTextAsync("Not submitted");
        await Expect(officer.GetByTestId("response-counts")).ToContainTextAsync("1 of 2 schools have submitted.");
        await ScreenshotAsync(officer, "08-request-answered");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByTestId("close-request").ClickAsync();
        await Expect(officer.GetByTestId("confirm-close")).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "09-close");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByTestId("confirm-close").ClickAsync();
        await Expect(officer.GetByTestId("request-summary")).ToContainTextAsync("Closed");
        await Expect(officer.GetByTestId("close-request")).ToHaveCountAsync(0);
        await ScreenshotAsync(officer, "10-closed");
        await Accessibility.AssertNoViolationsAsync(officer);
    }

    /// <summary>New request, an error, check answers, created; returns the request page's address.</summary>
    private async Task<string> AskAsync(IPage officer)
    {
        await officer.GotoAsync("/documents");
        await officer.GetByTestId("documents-navigation").GetByRole(AriaRole.Link, new() { Name = "Requests for files" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Requests for files", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "01-requests");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByTestId("new-request").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Ask schools for a file", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(officer);
        await officer.GetByTestId("continue").ClickAsync();
        await Expect(officer.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(officer).ToHaveTitleAsync(new Regex("^Error: Ask schools for a file"));
        await ScreenshotAsync(officer, "02-new-errors");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await officer.GetByLabel(Category).CheckAsync();
        var deadline = officer.GetByRole(AriaRole.Group, new() { Name = "Deadline" });
        await deadline.GetByLabel("Day").FillAsync("15");
        await deadline.GetByLabel("Month").FillAsync("6");
        await deadline.GetByLabel("Year").FillAsync((TimeProvider.System.GetLocalNow().Year + 1).ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("PDF (.pdf)").CheckAsync();
        await officer.GetByLabel("Schools I list").CheckAsync();
        await officer.GetByLabel("Schools' URNs or DfE numbers").FillAsync($"{GorseUrn}\n{HollyUrn}");
        await officer.GetByTestId("continue").ClickAsync();

        await Expect(officer.GetByTestId("schools-asked")).ToContainTextAsync("Gorse Primary School");
        await Expect(officer.GetByTestId("schools-asked")).ToContainTextAsync("Holly Academy");
        await ScreenshotAsync(officer, "03-check-answers");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByRole(AriaRole.Button, new() { Name = "Ask the schools" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("response-counts")).ToContainTextAsync("0 of 2 schools have submitted.");
        await ScreenshotAsync(officer, "04-created");
        await Accessibility.AssertNoViolationsAsync(officer);
        return officer.Url;
    }

    private async Task SchoolAnswersAsync()
    {
        var head = await PageSignedInAsAsync("Gwen Gorse", [BuiltInRoles.Headteacher], $"school-{GorseUrn}");
        await head.GotoAsync("/documents/requests");
        await Expect(head.GetByRole(AriaRole.Link, new() { Name = "Requests for files" })).ToHaveAttributeAsync("aria-current", "page");
        await ScreenshotAsync(head, "05-school-requests");
        await Accessibility.AssertNoViolationsAsync(head);

        await head.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(head.GetByTestId("answer-status")).ToContainTextAsync("Not submitted");
        await FileUploadAccessibility.AssertNoViolationsAsync(head, "Upload your file");

        await head.GetByLabel("Comment (optional)").FillAsync("Signed by the governors.");
        await head.GetByTestId("send-answer").ClickAsync();
        await Expect(head.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(head).ToHaveTitleAsync(new Regex("^Error: "));
        await ScreenshotAsync(head, "06-school-answer-errors");
        await FileUploadAccessibility.AssertNoViolationsAsync(head, "Upload your file");

        await head.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "Audit.pdf", MimeType = "application/pdf", Buffer = DocumentsData.Pdf("audit") });
        await head.GetByTestId("send-answer").ClickAsync();
        await Expect(head.GetByTestId("answer-status")).ToContainTextAsync("Submitted");
        await ScreenshotAsync(head, "07-school-answered");
        await FileUploadAccessibility.AssertNoViolationsAsync(head, "Upload a file to replace the one you sent");
    }
}
