using System.Net;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Organisations.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Organisations.Pages.Import;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class ImportJourneyTests(OrganisationsFactory factory) : IClassFixture<OrganisationsFactory>, IAsyncLifetime
{
    private readonly OrganisationsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    [Fact]
    public async Task Upload_ShowsAPreview_AndChangesNothingUntilConfirmed()
    {
        await _factory.AddSchoolsAsync((100002, "8882002", "Old Name School"), (100003, "8882003", "Closing School"), (100009, "8882009", "Absent School"));
        var csv = GiasCsv.File(
            GiasCsv.Row(100001, "2001", "St Mary's C of E Primary School"),
            GiasCsv.Row(100002, "2002", "New Name School"),
            GiasCsv.Row(100003, "2003", "Closing School", status: "Closed"),
            GiasCsv.Row(12, "2004", "Bad School"));

        var response = await OrganisationsFactory.UploadAsync(LaAdmin, GiasCsv.Bytes(csv), "my schools.csv");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("St Mary&#x27;s C of E Primary School", Section(html, "new-schools"), StringComparison.Ordinal);
        Assert.Contains("Name", Section(html, "changed-schools"), StringComparison.Ordinal);
        Assert.Contains("Closing School", Section(html, "closing-schools"), StringComparison.Ordinal);
        Assert.Contains("Absent School", Section(html, "not-in-file"), StringComparison.Ordinal);
        Assert.Contains("Line 5: URN &#x27;12&#x27; must be 6 digits", Section(html, "import-errors"), StringComparison.Ordinal);
        Assert.Equal(3, (await _factory.OrganisationsAsync()).Count);
        // Kept under a generated name until confirmed, never the user's.
        var waiting = Assert.Single(_factory.WaitingUploads());
        Assert.Matches("^[0-9a-f]{32}\\.csv$", Path.GetFileName(waiting));
    }

    [Fact]
    public async Task Confirm_AppliesThePlan_InOneGo_AndDeletesTheUpload()
    {
        await _factory.AddSchoolsAsync((100002, "8882002", "Old Name School"), (100003, "8882003", "Closing School"));
        var client = LaAdmin;
        var csv = GiasCsv.File(
            GiasCsv.Row(100001, "2001", "New School", phase: "Secondary"),
            GiasCsv.Row(100002, "2002", "New Name School"),
            GiasCsv.Row(100003, "2003", "Closing School", status: "Closed"));
        var preview = await (await OrganisationsFactory.UploadAsync(client, GiasCsv.Bytes(csv))).Content.ReadAsStringAsync();

        var response = await OrganisationsFactory.ConfirmAsync(client, preview);
        var done = await client.GetStringAsync(response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Schools imported", done, StringComparison.Ordinal);
        var added = (await _factory.FindAsync("school-100001"))!;
        Assert.Equal(("New School", "8882001", SchoolEdition.Lite, OrganisationKind.School, true), (added.Name, added.DfeNumber, added.Edition!.Value, added.Kind, added.IsOpen));
        Assert.Equal("New Name School", (await _factory.FindAsync("school-100002"))!.Name);
        Assert.NotNull((await _factory.FindAsync("school-100003"))!.ClosedUtc);
        var groups = await _factory.GroupsAsync();
        Assert.Equal(GroupKind.Phase, groups["Secondary"].Kind);
        Assert.Equal(["school-100001"], groups["Secondary"].Members);
        Assert.Contains("organisations.imported", await _factory.AuditActionsAsync());
        Assert.Empty(_factory.WaitingUploads());
    }

    [Fact]
    public async Task ReImport_OfAnEditedFile_UpdatesClosesAndReopens()
    {
        var client = LaAdmin;
        await OrganisationsFactory.ImportAsync(client, GiasCsv.File(
            GiasCsv.Row(100001, "2001", "First School"),
            GiasCsv.Row(100002, "2002", "Second School"),
            GiasCsv.Row(100003, "2003", "Third School", status: "Closed")));
        await OrganisationsFactory.ImportAsync(client, GiasCsv.File(
            GiasCsv.Row(100001, "2001", "First School", status: "Closed"),
            GiasCsv.Row(100002, "2002", "Second School Renamed", phase: "Secondary"),
            GiasCsv.Row(100004, "2004", "Fourth School")));

        await OrganisationsFactory.ImportAsync(client, GiasCsv.File(GiasCsv.Row(100001, "2001", "First School")));

        var schools = (await _factory.OrganisationsAsync()).Where(o => o.Kind == OrganisationKind.School).ToDictionary(o => o.Id);
        Assert.Equal(["school-100001", "school-100002", "school-100004"], schools.Keys);
        Assert.True(schools["school-100001"].IsOpen);
        Assert.Equal("Second School Renamed", schools["school-100002"].Name);
        var groups = await _factory.GroupsAsync();
        Assert.Equal(["school-100002"], groups["Secondary"].Members);
        Assert.DoesNotContain("school-100002", groups["Primary"].Members);
    }

    [Fact]
    public async Task AFileMissingColumns_IsRefusedWithOneMessage_AndChangesNothing()
    {
        var response = await OrganisationsFactory.UploadAsync(LaAdmin, GiasCsv.Bytes("URN,EstablishmentName\r\n100001,Some School\r\n"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Upload\">The file is missing the columns &#x27;LA (code)&#x27;", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Upload-error\"", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.OrganisationsAsync());
        Assert.Empty(_factory.WaitingUploads());
    }

    [Theory]
    [InlineData("schools.xlsx", "The selected file must be a CSV")]
    [InlineData("schools.csv.exe", "The selected file must be a CSV")]
    public async Task AFileThatIsNotCsv_IsRefused(string fileName, string message)
    {
        var response = await OrganisationsFactory.UploadAsync(LaAdmin, GiasCsv.Bytes(GiasCsv.File(GiasCsv.Row(100001, "2001", "A School"))), fileName);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"<a href=\"#Upload\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.OrganisationsAsync());
        Assert.Empty(_factory.WaitingUploads());
    }

    [Fact]
    public async Task AFileOver20MB_IsRefused()
    {
        var big = new byte[(20 * 1024 * 1024) + 1];
        Array.Fill(big, (byte)'a');

        var response = await OrganisationsFactory.UploadAsync(LaAdmin, big);

        Assert.Contains("<a href=\"#Upload\">The selected file must be smaller than 20MB</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_factory.WaitingUploads());
    }

    [Fact]
    public async Task NoFile_IsRefused()
    {
        var response = await LaAdmin.SubmitAsync("/admin/organisations/import", new Dictionary<string, string>());

        Assert.Contains("<a href=\"#Upload\">Select a CSV file from Get Information About Schools</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmingAnUnknownUpload_ChangesNothing()
    {
        var client = LaAdmin;
        var token = await client.AntiforgeryTokenAsync("/admin/organisations/import");

        var response = await client.PostAsync("/admin/organisations/import?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UploadId"] = "../../perspective.db",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains("The uploaded file is no longer available", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("organisations.imported", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AnLaOfficer_CannotImport()
    {
        var response = await _factory.ClientFor("Olly Officer", BuiltInRoles.LaOfficer).GetAsync("/admin/organisations/import");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The element with the given test id and what follows it, up to the next table or list end.</summary>
    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {testId} on the page.");
        var end = html.IndexOf(testId.StartsWith("import-errors", StringComparison.Ordinal) ? "</ul>" : "</table>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
