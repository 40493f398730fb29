using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Download;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class DocumentDownloadTests(DocumentsFactory factory) : IClassFixture<DocumentsFactory>, IAsyncLifetime
{
    private readonly DocumentsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AHeadteacherOfTheSchool_DownloadsTheLetter_AndTheOpeningIsRecorded()
    {
        var category = await _factory.CategoryAsync();
        var pdf = DocumentsFactory.Pdf("for Ash");
        var id = await _factory.SentAsync(category, pdf);

        var response = await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync(Url(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"Risk letter.pdf\"; filename*=UTF-8''Risk%20letter.pdf", string.Join(",", response.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var opening = await _factory.QueryAsync(db => db.Set<DocumentOpening>().SingleAsync(o => o.DocumentId == id));
        Assert.Equal("hetty", opening.UserId);
        var recipient = await _factory.QueryAsync(db => db.Set<DocumentRecipient>().SingleAsync(r => r.DocumentId == id));
        Assert.Equal((opening.RecipientId, (string?)"hetty", (DateTime?)opening.OpenedUtc), (recipient.Id, recipient.FirstOpenedByUserId, recipient.FirstOpenedUtc));
        Assert.Equal(["documents.sent", "documents.opened", "documents.downloaded"], (await _factory.AuditActionsAsync()).Where(a => a.StartsWith("documents.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ASecondOpening_AddsARow_AndKeepsTheFirstOpener()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(recipients: $"{BuiltInRoles.Headteacher},{BuiltInRoles.SchoolUser}"), DocumentsFactory.Pdf());
        await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync(Url(id));

        var response = await _factory.Client("sam", TestOrganisations.Ash.Id, BuiltInRoles.SchoolUser).GetAsync(Url(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, await _factory.QueryAsync(db => db.Set<DocumentOpening>().CountAsync(o => o.DocumentId == id)));
        Assert.Equal("hetty", await _factory.QueryAsync(db => db.Set<DocumentRecipient>().Where(r => r.DocumentId == id).Select(r => r.FirstOpenedByUserId).SingleAsync()));
        Assert.Single(await _factory.AuditActionsAsync(), a => a == "documents.opened");
        Assert.Equal(2, (await _factory.AuditActionsAsync()).Count(a => a == "documents.downloaded"));
    }

    [Fact]
    public async Task TheSender_CanDownloadWhatTheySent_WithoutBecomingAnOpener()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        var response = await _factory.Client(DocumentsFactory.OfficerId, TestOrganisations.LaTeam.Id, BuiltInRoles.LaOfficer).GetAsync(Url(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await _factory.QueryAsync(db => db.Set<DocumentRecipient>().Where(r => r.DocumentId == id).Select(r => r.FirstOpenedUtc).SingleAsync()));
    }

    [Fact]
    public async Task AUserOfAnotherSchool_Gets404_AndTheRefusalIsAudited()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        var response = await _factory.Client("bea", TestOrganisations.Birch.Id, BuiltInRoles.Headteacher).GetAsync(Url(id));

        await AssertNotFoundAsync(response, id);
        Assert.Contains("documents.access-refused", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task SchoolStaff_WhenTheCategoryIsForHeadteachersOnly_Get404()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(recipients: BuiltInRoles.Headteacher), DocumentsFactory.Pdf());

        var response = await _factory.Client("stan", TestOrganisations.Ash.Id, BuiltInRoles.SchoolStaff).GetAsync(Url(id));

        await AssertNotFoundAsync(response, id);
    }

    [Fact]
    public async Task AUserWithoutTheRecipientRowsRole_Gets404_AndAHolderOfItGetsTheFile()
    {
        var category = await _factory.CategoryAsync(recipients: $"{BuiltInRoles.Headteacher},{BuiltInRoles.SchoolUser}");
        var id = await _factory.SentAsync(category, DocumentsFactory.Pdf(), role: BuiltInRoles.Headteacher);

        var user = await _factory.Client("sam", TestOrganisations.Ash.Id, BuiltInRoles.SchoolUser).GetAsync(Url(id));
        await AssertNotFoundAsync(user, id);

        var head = await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync(Url(id));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task AnUnknownId_Gets404()
    {
        await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        var response = await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync(Url(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AUserOfAnotherTenant_Gets404()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        await _factory.CreateTenantAsync("north", host: "north.test");
        var client = _factory.ClientOn("north.test");
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, TestAuthHandler.HeaderValue("hetty", [BuiltInRoles.Headteacher], TestOrganisations.Ash.Id));

        var response = await client.GetAsync(Url(id));

        await AssertNotFoundAsync(response, id);
    }

    [Fact]
    public async Task ARevokedDocument_Gets404ForTheRecipient_ButNotForTheSender()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.RevokedUtc, DateTime.UtcNow.AddDays(-1))));

        var head = await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync(Url(id));
        await AssertNotFoundAsync(head, id);

        var sender = await _factory.Client(DocumentsFactory.OfficerId, TestOrganisations.LaTeam.Id, BuiltInRoles.LaOfficer).GetAsync(Url(id));
        Assert.Equal(HttpStatusCode.OK, sender.StatusCode);
    }

    [Fact]
    public async Task AnExpiredDocument_Gets404ForTheRecipient()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ExpiresUtc, DateTime.UtcNow.AddDays(-1))));

        var response = await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync(Url(id));

        await AssertNotFoundAsync(response, id);
    }

    [Fact]
    public async Task ATwoFactorCategory_RefusesASignInWithoutTwoFactor_AndServesOneWithIt()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(twoFactor: true), DocumentsFactory.Pdf());

        var without = await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync(Url(id));
        var with = await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher, twoFactor: true).GetAsync(Url(id));

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<DocumentOpening>().CountAsync(o => o.DocumentId == id)));
        var actions = await _factory.AuditActionsAsync();
        Assert.Contains("documents.two-factor-required", actions);
        Assert.Contains("documents.downloaded", actions);
    }

    [Fact]
    public async Task AFlippedByteInTheStoredFile_FailsTheDownload_AndIsAudited()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        var blob = Assert.Single(Directory.GetFiles(_factory.FilesFolder, "*.blob"));
        var bytes = await File.ReadAllBytesAsync(blob);
        bytes[^5] ^= 0x01;
        await File.WriteAllBytesAsync(blob, bytes);

        var response = await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync(Url(id));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var actions = await _factory.AuditActionsAsync();
        Assert.Contains("documents.tampered", actions);
        Assert.DoesNotContain("documents.downloaded", actions);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentOpening>().CountAsync()));
    }

    private static string Url(Guid id) => $"/documents/{id}/download";

    private async Task AssertNotFoundAsync(HttpResponseMessage response, Guid id)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Content.Headers.Contains("Content-Disposition"));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentOpening>().CountAsync(o => o.DocumentId == id)));
    }
}
