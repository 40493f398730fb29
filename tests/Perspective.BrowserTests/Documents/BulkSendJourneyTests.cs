using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perspective.BrowserTests.Infrastructure;
using Perspective.BrowserTests.Organisations;
using Perspective.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Perspective.BrowserTests.Documents;

/// <summary>
/// The journey: an LA officer bulk-sends risk letters to three schools through the real
/// pages (the script uploads each file with its progress bar), a headteacher of one school opens
/// and downloads theirs, and the officer sees one opened and two not, and chases the two.
/// Every page visited passes axe.
/// </summary>
public sealed class BulkSendJourneyTests(ChromiumFixture chromium, PerspectiveServer server) : BrowserTest(chromium, server)
{
    // URNs and names of this journey's own, clear of every other test's.
    private const int FirstUrn = 734001;
    private const string Category = "Risk category letters (bulk journey)";
    private const string Team = "team-bulk-journey";
    private static readonly string[] Schools = ["Alder Primary School", "Beech Infant School", "Cedar Junior School"];
    private static readonly string[] Heads = ["alder.head@bulk-journey.test", "beech.head@bulk-journey.test", "cedar.head@bulk-journey.test"];

    [Fact]
    public async Task LaOfficer_BulkSendsToThreeSchools_OneOpens_AndTheOfficerChasesTheOtherTwo()
    {
        await TenantData.AddAsync(Server, [.. Schools.Select((name, i) => TenantData.School(FirstUrn + i, name)), DocumentsData.LaTeam(Team, "Education Achievement Service")]);
        await DocumentsData.CategoryAsync(Server, Category);
        var headIds = new List<string>();
        for (var i = 0; i < Schools.Length; i++)
        {
            headIds.Add(await DocumentsData.HeadteacherAsync(Server, $"Head of {Schools[i]}", Heads[i], SchoolId(i)));
        }

        var letters = Enumerable.Range(0, Schools.Length).Select(i => DocumentsData.Pdf($"Risk letter for {Schools[i]}")).ToArray();
        var officer = await PageSignedInAsAsync("Olive Officer", [BuiltInRoles.LaOfficer], Team);

        var receipts = await BulkSendAsync(officer, letters);
        await HeadteacherDownloadsTheirLetterAsync(headIds[0], letters[0]);
        await ChaseAsync(officer, receipts);

        Assert.Equal([Heads[1], Heads[2]], await DocumentsData.EmailsAsync(Server, "documents.reminder", Heads));
    }

    /// <summary>Start, category, three files through the script, preview, send; returns the receipts page's address.</summary>
    private async Task<string> BulkSendAsync(IPage officer, byte[][] letters)
    {
        await officer.GotoAsync("/documents");
        await officer.GetByTestId("documents-navigation").GetByRole(AriaRole.Link, new() { Name = "Send letters to many schools" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Send one letter to each school", Level = 1 })).ToBeVisibleAsync();
        await Expect(officer.GetByRole(AriaRole.Link, new() { Name = "Send letters to many schools" })).ToHaveAttributeAsync("aria-current", "page");
        await ScreenshotAsync(officer, "01-start");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByLabel(Category).CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Upload the letters" })).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "02-files");
        await FileUploadAccessibility.AssertNoViolationsAsync(officer, "Letters");

        // Each file goes to the page's One handler by the script; without it one post would carry all three.
        var uploadsByScript = 0;
        officer.Request += (_, request) => uploadsByScript += request.Method == "POST" && request.Url.Contains("handler=One", StringComparison.Ordinal) ? 1 : 0;
        await officer.Locator("input[type=file]").SetInputFilesAsync(letters.Select((bytes, i) => new FilePayload
        {
            Name = $"{FirstUrn + i}_Risk letter.pdf",
            MimeType = "application/pdf",
            Buffer = bytes,
        }));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Check the letters before sending" })).ToBeVisibleAsync();
        Assert.Equal(3, uploadsByScript);

        await Expect(officer.GetByTestId("matched-count")).ToHaveTextAsync("3 files match a school");
        await Expect(officer.GetByTestId("unmatched-count")).ToHaveTextAsync("0 files do not match a school");
        await Expect(officer.GetByTestId("duplicate-count")).ToHaveTextAsync("0 schools have more than one file");
        foreach (var school in Schools)
        {
            await Expect(officer.GetByTestId("matched-files")).ToContainTextAsync(school);
        }

        await ScreenshotAsync(officer, "03-preview");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByRole(AriaRole.Button, new() { Name = "Send 3 letters" }).ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/documents/sent/[0-9a-f-]{36}$"));
        await Expect(officer.GetByTestId("receipts-summary")).ToHaveTextAsync("0 opened, 3 not opened");
        await ScreenshotAsync(officer, "04-receipts-sent");
        await Accessibility.AssertNoViolationsAsync(officer);
        return officer.Url;
    }

    /// <summary>Signed in by the test header as the school's real headteacher account, so the receipt names them.</summary>
    private async Task HeadteacherDownloadsTheirLetterAsync(string headId, byte[] letter)
    {
        var head = await PageSignedInAsAsync(headId, [BuiltInRoles.Headteacher], SchoolId(0));
        await head.GotoAsync("/documents");
        var navigation = head.GetByTestId("documents-navigation");
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Received" })).ToHaveAttributeAsync("aria-current", "page");
        // A school sends to the LA one document at a time and never bulk-sends.
        await Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Received", "Sent", "Send a document", "Requests for files"]);
        await Expect(head.GetByTestId("received-list")).ToContainTextAsync(Category);
        await ScreenshotAsync(head, "05-headteacher-received");
        await Accessibility.AssertNoViolationsAsync(head);

        await head.GetByTestId("received-list").GetByRole(AriaRole.Link, new() { Name = "Risk letter.pdf" }).ClickAsync();
        await Expect(head.GetByTestId("document-title")).ToHaveTextAsync("Risk letter.pdf");
        await Expect(head.GetByTestId("document-details")).ToContainTextAsync("Education Achievement Service");
        await ScreenshotAsync(head, "06-headteacher-document");
        await Accessibility.AssertNoViolationsAsync(head);

        var download = await head.RunAndWaitForDownloadAsync(() => head.GetByTestId("download").ClickAsync());
        Assert.Equal("Risk letter.pdf", download.SuggestedFilename);
        Assert.Equal(letter, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    private async Task ChaseAsync(IPage officer, string receipts)
    {
        await officer.GotoAsync(receipts);
        await Expect(officer.GetByTestId("receipts-summary")).ToHaveTextAsync("1 opened, 2 not opened");
        await Expect(officer.GetByTestId("receipts-list")).ToContainTextAsync($"Opened by Head of {Schools[0]}");
        await ScreenshotAsync(officer, "07-receipts-one-opened");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByLabel("Status").SelectOptionAsync("Not opened");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(officer.GetByTestId("receipts-list").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(officer.GetByTestId("receipts-list")).Not.ToContainTextAsync(Schools[0]);
        await ScreenshotAsync(officer, "08-receipts-not-opened");
        await Accessibility.AssertNoViolationsAsync(officer);

        await officer.GetByRole(AriaRole.Button, new() { Name = "Send a reminder to the 2 schools that have not opened" }).ClickAsync();
        await Expect(officer.GetByTestId("receipts-banner")).ToContainTextAsync("Reminders sent to 2 schools");
        await ScreenshotAsync(officer, "09-reminded");
        await Accessibility.AssertNoViolationsAsync(officer);
    }

    private static string SchoolId(int index) => $"school-{(FirstUrn + index).ToString(CultureInfo.InvariantCulture)}";
}
