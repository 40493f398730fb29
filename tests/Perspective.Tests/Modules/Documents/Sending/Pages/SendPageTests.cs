using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Email.Outbox;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Sending.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class SendPageTests(SendPageFactory factory) : IClassFixture<SendPageFactory>, IAsyncLifetime
{
    private readonly SendPageFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheForm_OffersOnlyCategoriesTheUserCanSendIn_WithTheTokenBeforeTheFile()
    {
        await _factory.CategoryAsync(name: "Visit records");
        await _factory.CategoryAsync(name: "Archived letters", archived: true);
        await _factory.CategoryAsync(name: "Virtual School only", senders: BuiltInRoles.VirtualSchoolOfficer);

        var html = await _factory.Officer().GetStringAsync(SendForm.Path);

        Assert.Contains("Visit records", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Archived letters", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Virtual School only", html, StringComparison.Ordinal);
        var start = html.IndexOf("data-testid=\"send-form\"", StringComparison.Ordinal);
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(form, "__RequestVerificationToken"));
        Assert.True(form.IndexOf("__RequestVerificationToken", StringComparison.Ordinal) < form.IndexOf("type=\"file\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sending_ToOneSchool_StoresOneDocumentWithItsMessageAndExpiry_AndEmailsItsRecipientsOnly()
    {
        var category = await _factory.CategoryAsync(recipients: BuiltInRoles.Headteacher);
        await _factory.PersonAsync("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);
        await _factory.PersonAsync("stan", TestOrganisations.Ash.Id, BuiltInRoles.SchoolStaff);
        await _factory.PersonAsync("bea", TestOrganisations.Birch.Id, BuiltInRoles.Headteacher);
        var fields = SendForm.Fields(category, ("SendTo", "one"), ("RecipientReference", "999/2001"), ("Message", "Please read before Friday"),
            ("Expiry.Day", "1"), ("Expiry.Month", "6"), ("Expiry.Year", "2099"));

        var response = await _factory.Officer().SendAsync(fields, SendForm.Pdf(), "Ash risk letter.pdf");

        var document = await SingleDocumentAsync(response);
        Assert.Equal(("Ash risk letter.pdf", "Please read before Friday"), (document.Title, document.Message));
        Assert.Equal(new DateTime(2099, 6, 1, 23, 0, 0, DateTimeKind.Utc), document.ExpiresUtc);
        var row = Assert.Single(await RowsAsync(document.Id));
        Assert.Equal((TestOrganisations.Ash.Id, (string?)null, (string?)null), (row.OrganisationId, row.RoleName, row.UserId));
        var batch = await _factory.QueryAsync(db => db.Set<SendBatch>().SingleAsync());
        Assert.Equal((document.BatchId, "Ash risk letter.pdf", "Please read before Friday"), ((Guid?)batch.Id, batch.Title, batch.Message));
        var email = Assert.Single(await NewDocumentEmailsAsync());
        Assert.Equal("hetty@example.test", email.ToAddress);
        Assert.Contains($"/documents/{document.Id}", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("risk letter", email.TextBody + email.HtmlBody + email.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Single(await _factory.AuditActionsAsync(), a => a == "documents.sent");
    }

    [Fact]
    public async Task Sending_ToEveryOpenSchool_AddsARowPerOpenSchool_ForOneDocumentAndOneBlob()
    {
        var category = await _factory.CategoryAsync();
        await _factory.AddOrganisationAsync("school-100003", "Cedar School", OrganisationKind.School, urn: 100003, closed: true);

        var response = await _factory.Officer().SendAsync(SendForm.Fields(category, ("SendTo", "every")), SendForm.Pdf());

        var document = await SingleDocumentAsync(response);
        Assert.Equal([TestOrganisations.Ash.Id, TestOrganisations.Birch.Id], (await RowsAsync(document.Id)).Select(r => r.OrganisationId).Order());
        Assert.Single(Directory.GetFiles(_factory.FilesFolder, "*.blob"));
        var details = await _factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "documents.sent").Select(e => e.Details).SingleAsync());
        Assert.StartsWith("2 recipients", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_ToAGroup_ReachesItsOpenSchoolsOnly()
    {
        var category = await _factory.CategoryAsync();
        var group = await _factory.GroupAsync("Secondary", TestOrganisations.Birch.Id);

        var response = await _factory.Officer().SendAsync(SendForm.Fields(category, ("SendTo", "group"), ("GroupId", $"{group}")), SendForm.Pdf());

        var document = await SingleDocumentAsync(response);
        Assert.Equal([TestOrganisations.Birch.Id], (await RowsAsync(document.Id)).Select(r => r.OrganisationId));
    }

    [Fact]
    public async Task Sending_ToARole_NamesTheRole_AndEmailsOnlyItsHolders()
    {
        var category = await _factory.CategoryAsync(recipients: $"{BuiltInRoles.Headteacher},{BuiltInRoles.SchoolUser}");
        await _factory.PersonAsync("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);
        await _factory.PersonAsync("sam", TestOrganisations.Ash.Id, BuiltInRoles.SchoolUser);

        var response = await _factory.Officer().SendAsync(SendForm.Fields(category, ("SendTo", "one"), ("RecipientReference", "100001"), ("RecipientRoleName", BuiltInRoles.SchoolUser)), SendForm.Pdf());

        var document = await SingleDocumentAsync(response);
        Assert.Equal(BuiltInRoles.SchoolUser, Assert.Single(await RowsAsync(document.Id)).RoleName);
        Assert.Equal(["sam@example.test"], (await NewDocumentEmailsAsync()).Select(m => m.ToAddress));
    }

    [Fact]
    public async Task Sending_ToANamedPerson_NamesThem_AndEmailsOnlyThem()
    {
        var category = await _factory.CategoryAsync(recipients: $"{BuiltInRoles.Headteacher},{BuiltInRoles.SchoolUser}");
        await _factory.PersonAsync("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);
        await _factory.PersonAsync("sam", TestOrganisations.Ash.Id, BuiltInRoles.SchoolUser);

        var response = await _factory.Officer().SendAsync(SendForm.Fields(category, ("SendTo", "one"), ("RecipientReference", "school-100001"), ("RecipientEmail", "HETTY@example.test")), SendForm.Pdf());

        var document = await SingleDocumentAsync(response);
        Assert.Equal("hetty", Assert.Single(await RowsAsync(document.Id)).UserId);
        Assert.Equal(["hetty@example.test"], (await NewDocumentEmailsAsync()).Select(m => m.ToAddress));
    }

    [Fact]
    public async Task ASchool_SendsToAnLaTeam_AndTheTeamsRecipientCanDownloadIt()
    {
        var category = await _factory.CategoryAsync(senders: BuiltInRoles.Headteacher, recipients: BuiltInRoles.LaOfficer, name: "Returns to the LA");
        await _factory.PersonAsync("lou", TestOrganisations.LaTeam.Id, BuiltInRoles.LaOfficer);
        var head = _factory.ClientForOrganisation("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);
        var form = await head.GetStringAsync(SendForm.Path);
        Assert.Contains(TestOrganisations.LaTeam.Name, form, StringComparison.Ordinal);
        Assert.DoesNotContain("Every open school", form, StringComparison.Ordinal);
        var pdf = SendForm.Pdf("our return");

        var response = await head.SendAsync(SendForm.Fields(category, ("TeamId", TestOrganisations.LaTeam.Id)), pdf);

        var document = await SingleDocumentAsync(response);
        Assert.Equal((TestOrganisations.Ash.Id, TestOrganisations.LaTeam.Id), (document.SenderOrganisationId, Assert.Single(await RowsAsync(document.Id)).OrganisationId));
        Assert.Equal(["lou@example.test"], (await NewDocumentEmailsAsync()).Select(m => m.ToAddress));
        var download = await _factory.ClientForOrganisation("lou", TestOrganisations.LaTeam.Id, BuiltInRoles.LaOfficer).GetAsync($"/documents/{document.Id}/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The one document sent, checking the answer was a redirect to its batch's confirmation.</summary>
    private async Task<Document> SingleDocumentAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var document = await _factory.QueryAsync(db => db.Set<Document>().SingleAsync());
        Assert.Equal($"/documents/send/sent/{document.BatchId}", response.Headers.Location?.OriginalString);
        return document;
    }

    private Task<List<DocumentRecipient>> RowsAsync(Guid documentId) =>
        _factory.QueryAsync(db => db.Set<DocumentRecipient>().Where(r => r.DocumentId == documentId).ToListAsync());

    private Task<List<OutboxEmail>> NewDocumentEmailsAsync() =>
        _factory.OutboxEmailsAsync(q => q.Where(m => m.Kind == "documents.new-document").OrderBy(m => m.ToAddress));
}
