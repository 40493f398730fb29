using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Documents.Data;
using Perspective.Email.Outbox;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Bulk;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class BulkSendTests(BulkFactory factory) : IClassFixture<BulkFactory>, IAsyncLifetime
{
    private readonly BulkFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Send_MakesOneDocumentPerSchool_UsingTheStagedBlobs_AndTellsTheSchools()
    {
        await _factory.HeadteacherAsync(TestOrganisations.Ash.Id, "head@ash.test");
        await _factory.HeadteacherAsync(TestOrganisations.Birch.Id, "head@birch.test");
        var category = await _factory.CategoryAsync(retentionDays: 30);
        var officer = _factory.Officer();
        var batchId = await BulkFactory.StartAsync(officer, category.Id, "Please read");
        await BulkFactory.UploadAsync(officer, batchId, [("100001_Risk letter.pdf", Sending.DocumentsFactory.Pdf("ash")), ("9992002-Risk letter.pdf", Sending.DocumentsFactory.Pdf("birch")), ("Stray.pdf", Sending.DocumentsFactory.Pdf())]);
        var stray = await _factory.StagedIdAsync(batchId, "Stray.pdf");
        await BulkFactory.RemoveAsync(officer, batchId, stray);
        var staged = await _factory.StagedAsync(batchId);
        Assert.Equal(3, _factory.BlobCount);

        var response = await BulkFactory.SendAsync(officer, batchId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/documents/sent/{batchId}", response.Headers.Location!.OriginalString);
        var documents = await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.BatchId == batchId).OrderBy(d => d.Title).ToListAsync());
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal(("Risk letter.pdf", "Please read", category.Id, (DateTime?)_factory.Now.AddDays(30)), (d.Title, d.Message, d.CategoryId, d.RetainUntilUtc)));
        var ids = documents.Select(d => d.Id).ToList();
        var recipients = await _factory.QueryAsync(db => db.Set<DocumentRecipient>().Where(r => ids.Contains(r.DocumentId)).Select(r => r.OrganisationId).OrderBy(o => o).ToListAsync());
        Assert.Equal([TestOrganisations.Ash.Id, TestOrganisations.Birch.Id], recipients);
        var versions = await _factory.QueryAsync(db => db.Set<DocumentVersion>().Where(v => ids.Contains(v.DocumentId)).ToListAsync());
        Assert.Equal(
            staged.Where(f => !f.Dropped).Select(f => f.StorageName).Order(),
            versions.Select(v => v.StorageName).Order());
        Assert.All(versions, v => Assert.Equal("Risk letter.pdf", v.FileName));
        // The two sent files stay where they were; only the removed file's blob is gone.
        Assert.Equal(2, _factory.BlobCount);
        Assert.Empty(await _factory.StagedAsync(batchId));
        var batch = await _factory.QueryAsync(db => db.Set<SendBatch>().SingleAsync(b => b.Id == batchId));
        Assert.Equal(($"{category.Name} (2 schools)", (DateTime?)_factory.Now), (batch.Title, batch.SentUtc));
        var emails = await _factory.QueryAsync(db => db.Set<OutboxMessage>().Select(m => m.ToAddress).OrderBy(a => a).ToListAsync());
        Assert.Equal(["head@ash.test", "head@birch.test"], emails);
        var audit = await _factory.AuditActionsAsync();
        Assert.Equal(2, audit.Count(a => a == "documents.sent"));
        Assert.Single(audit, a => a == "documents.bulk-sent");
    }

    [Fact]
    public async Task Send_ASentFile_CanBeDownloadedByTheSchool_WithoutItsNumber()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf");
        await BulkFactory.SendAsync(officer, batchId);
        var id = await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.BatchId == batchId).Select(d => d.Id).SingleAsync());
        var head = _factory.ClientForOrganisation("hetty", TestOrganisations.Ash.Id, Perspective.Core.Security.BuiltInRoles.Headteacher);

        var download = await head.GetAsync($"/documents/{id}/download");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Sending.DocumentsFactory.Pdf("100001_Risk letter.pdf"), await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("Risk letter.pdf", download.Content.Headers.ContentDisposition!.ToString());
        Assert.DoesNotContain("100001", download.Content.Headers.ContentDisposition!.ToString());
    }

    [Fact]
    public async Task Send_Twice_SendsOnce_AndTheSecondGoesToTheReceipts()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf", "100002_Risk letter.pdf");
        var token = await officer.AntiforgeryTokenAsync(BulkPages.Preview(batchId));
        var send = $"{BulkPages.Preview(batchId)}?handler=Send";

        var first = await officer.PostAsync(send, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var second = await officer.PostAsync(send, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal($"/documents/sent/{batchId}", second.Headers.Location!.OriginalString);
        Assert.Equal(2, await _factory.QueryAsync(db => db.Set<Document>().CountAsync(d => d.BatchId == batchId)));
        Assert.Single(await _factory.AuditActionsAsync(), a => a == "documents.bulk-sent");
        var preview = await officer.GetAsync(BulkPages.Preview(batchId));
        Assert.Equal($"/documents/sent/{batchId}", preview.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Send_WhileFilesDoNotMatch_IsRefusedWithAnError_AndSendsNothing()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf", "Stray.pdf", "100009_Risk letter.pdf");

        var response = await BulkFactory.SendAsync(officer, batchId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("Match or remove the 2 files that do not match a school", PageText.ErrorSummary(html));
        Assert.Contains("href=\"#Unmatched\"", html);
        await AssertNothingSentAsync(batchId, 3);
    }

    [Fact]
    public async Task Send_WhileASchoolHasTwoFiles_IsRefusedWithAnError_AndSendsNothing()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf", "9992001_Risk letter v2.pdf", "100002_Risk letter.pdf");

        var response = await BulkFactory.SendAsync(officer, batchId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Remove all but one of the 2 files for Ash Primary School", PageText.ErrorSummary(html));
        await AssertNothingSentAsync(batchId, 3);
    }

    [Fact]
    public async Task Send_OnceTheDuplicateIsRemoved_SendsTheRest()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf", "9992001_Risk letter v2.pdf");
        var older = await _factory.StagedIdAsync(batchId, "100001_Risk letter.pdf");
        await BulkFactory.RemoveAsync(officer, batchId, older);

        var response = await BulkFactory.SendAsync(officer, batchId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Risk letter v2.pdf"], await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.BatchId == batchId).Select(d => d.Title).ToListAsync()));
    }

    [Fact]
    public async Task Send_OfAnEmptyDraft_IsRefused()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.StartAsync(officer, category.Id);

        var response = await BulkFactory.SendAsync(officer, batchId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Upload at least one file", PageText.ErrorSummary(await response.Content.ReadAsStringAsync()));
        await AssertNothingSentAsync(batchId, 0);
    }

    [Fact]
    public async Task Send_WithoutTheToken_Is400()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf");

        var response = await officer.PostAsync($"{BulkPages.Preview(batchId)}?handler=Send", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingSentAsync(batchId, 1);
    }

    [Fact]
    public async Task Send_InACategoryArchivedSinceTheStart_IsRefused()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf");
        await _factory.QueryAsync(db => db.Set<DocumentCategory>().Where(c => c.Id == category.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsArchived, true)));

        var response = await BulkFactory.SendAsync(officer, batchId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This category no longer takes documents from you", PageText.ErrorSummary(await response.Content.ReadAsStringAsync()));
        await AssertNothingSentAsync(batchId, 1);
    }

    private async Task AssertNothingSentAsync(Guid batchId, int stagedFiles)
    {
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
        Assert.Null(await _factory.QueryAsync(db => db.Set<SendBatch>().Where(b => b.Id == batchId).Select(b => b.SentUtc).SingleAsync()));
        Assert.Equal(stagedFiles, (await _factory.StagedAsync(batchId)).Count);
        Assert.DoesNotContain("documents.sent", await _factory.AuditActionsAsync());
    }

}
