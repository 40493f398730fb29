using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Documents.Retention;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;

namespace Perspective.Tests.Modules.Documents.Inbox;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class DeleteDocumentTests(DocumentsFactory factory) : IClassFixture<DocumentsFactory>, IAsyncLifetime
{
    private readonly DocumentsFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient? _officer;

    /// <summary>One client, so the banner carried in TempData reaches the next page.</summary>
    private HttpClient Officer => _officer ??= _factory.Client(DocumentsFactory.OfficerId, "LA", BuiltInRoles.LaOfficer);

    [Fact]
    public async Task TheSender_DeletesADocument_ItsRowsAndFileGo_RecipientsGet404_AndItIsAudited()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        var storage = await _factory.QueryAsync(db => db.Set<DocumentVersion>().Where(v => v.DocumentId == id).Select(v => v.StorageName).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await Officer.GetAsync($"/documents/{id}/delete")).StatusCode);

        var response = await Officer.SubmitAsync($"/documents/{id}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/documents/sent", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentRecipient>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<SendBatch>().CountAsync()));
        Assert.False(File.Exists(Path.Combine(_factory.FilesFolder, storage + ".blob")));
        Assert.Contains("documents.deleted", await _factory.AuditActionsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Client("hetty", InboxSeeds.Ash, BuiltInRoles.Headteacher).GetAsync($"/documents/{id}/download")).StatusCode);
        Assert.Contains("is deleted", await Officer.GetStringAsync("/documents/sent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedDocument_CanStillBeDeleted()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        await Officer.SubmitAsync($"/documents/{id}/revoke", new Dictionary<string, string>());

        var response = await Officer.SubmitAsync($"/documents/{id}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
    }

    [Fact]
    public async Task ADocumentUnderLegalHold_IsNotDeleted_AndTheSenderIsToldWhy()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        await using (var scope = await _factory.TenantScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<LegalHolds>().SetLegalHoldAsync(id, hold: true, "Complaint under investigation");
        }

        var response = await Officer.SubmitAsync($"/documents/{id}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: Delete", html, StringComparison.Ordinal);
        Assert.Contains("under legal hold, so it cannot be deleted", html, StringComparison.Ordinal);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
        Assert.DoesNotContain("documents.deleted", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task DeletingWithoutTheAntiforgeryToken_IsRefused_AndKeepsTheDocument()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        var response = await Officer.PostAsync($"/documents/{id}/delete", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
    }

    [Fact]
    public async Task DeletingOneLetterOfABulkSend_KeepsTheBatchForTheOthers()
    {
        var category = await _factory.CategoryAsync();
        var first = await _factory.SentAsync(category, DocumentsFactory.Pdf("one"));
        var second = await _factory.SentAsync(category, DocumentsFactory.Pdf("two"));
        await _factory.QueryAsync(async db =>
        {
            // Put both in the first one's batch, as a bulk send does.
            var batch = await db.Set<Document>().Where(d => d.Id == first).Select(d => d.BatchId).SingleAsync();
            return await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Documents\" SET \"BatchId\" = {batch} WHERE \"Id\" = {second}");
        });

        await Officer.SubmitAsync($"/documents/{first}/delete", new Dictionary<string, string>());

        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<SendBatch>().CountAsync(b => db.Set<Document>().Any(d => d.BatchId == b.Id))));
    }

}
