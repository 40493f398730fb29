using Perspective.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents.Data;
using Perspective.Documents;
using Perspective.Documents.Retention;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Retention;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class DocumentRetentionTests(RetentionFactory factory) : IClassFixture<RetentionFactory>, IAsyncLifetime
{
    private readonly RetentionFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DeleteExpired_PastItsDate_DeletesTheDocumentItsRowsAndBlobs_AndRecordsIt()
    {
        var expired = await _factory.AddDocumentAsync(_factory.Now.AddDays(-1), title: "Letter for Ash Primary");
        Assert.All(expired.StorageNames, name => Assert.True(File.Exists(_factory.BlobPath(name))));

        var round = await _factory.RunRoundAsync();

        Assert.Equal(new RetentionRound(1, 0), round);
        Assert.False(await _factory.DocumentExistsAsync(expired.Id));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentVersion>().CountAsync(v => v.DocumentId == expired.Id)));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentRecipient>().CountAsync(r => r.DocumentId == expired.Id)));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<DocumentOpening>().CountAsync(o => o.DocumentId == expired.Id)));
        Assert.All(expired.StorageNames, name => Assert.False(File.Exists(_factory.BlobPath(name))));

        var deleted = Assert.Single(await _factory.AuditEventsAsync(DocumentsEvents.RetentionDeleted.Name));
        Assert.Equal("document", deleted.ObjectType);
        Assert.Equal(expired.Id.ToString(), deleted.ObjectId);
        Assert.Contains("Letter for Ash Primary", deleted.Details, StringComparison.Ordinal);
        Assert.Contains($"category {expired.CategoryId}", deleted.Details, StringComparison.Ordinal);
        Assert.Contains("sent " + _factory.Now.AddDays(-400).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), deleted.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("version 1", deleted.Details, StringComparison.Ordinal);
        var summary = Assert.Single(await _factory.AuditEventsAsync(DocumentsEvents.RetentionRound.Name));
        Assert.Equal("1 documents deleted", summary.Details);
    }

    [Fact]
    public async Task DeleteExpired_OnItsDateExactly_DeletesIt()
    {
        var due = await _factory.AddDocumentAsync(_factory.Now);

        await _factory.RunRoundAsync();

        Assert.False(await _factory.DocumentExistsAsync(due.Id));
    }

    [Fact]
    public async Task DeleteExpired_ASecondBeforeItsDate_KeepsIt()
    {
        var notYet = await _factory.AddDocumentAsync(_factory.Now.AddSeconds(1));

        var round = await _factory.RunRoundAsync();

        Assert.Equal(0, round.Deleted);
        Assert.True(await _factory.DocumentExistsAsync(notYet.Id));
        Assert.All(notYet.StorageNames, name => Assert.True(File.Exists(_factory.BlobPath(name))));
        Assert.Empty(await _factory.AuditEventsAsync(DocumentsEvents.RetentionDeleted.Name));
        Assert.Empty(await _factory.AuditEventsAsync(DocumentsEvents.RetentionRound.Name));
    }

    [Fact]
    public async Task DeleteExpired_UnderLegalHold_KeepsItHoweverOld()
    {
        var held = await _factory.AddDocumentAsync(_factory.Now.AddYears(-20), legalHold: true);

        await _factory.RunRoundAsync();

        Assert.True(await _factory.DocumentExistsAsync(held.Id));
        Assert.All(held.StorageNames, name => Assert.True(File.Exists(_factory.BlobPath(name))));
    }

    [Fact]
    public async Task DeleteExpired_WithNoRetentionDate_KeepsIt()
    {
        var kept = await _factory.AddDocumentAsync(retainUntilUtc: null);

        await _factory.RunRoundAsync();

        Assert.True(await _factory.DocumentExistsAsync(kept.Id));
    }

    [Fact]
    public async Task DeleteExpired_ASecondRound_DeletesNothingMore()
    {
        await _factory.AddDocumentAsync(_factory.Now.AddDays(-1));
        var kept = await _factory.AddDocumentAsync(_factory.Now.AddDays(1));
        await _factory.RunRoundAsync();

        var second = await _factory.RunRoundAsync();

        Assert.Equal(RetentionRound.Nothing, second);
        Assert.True(await _factory.DocumentExistsAsync(kept.Id));
        Assert.Single(await _factory.AuditEventsAsync(DocumentsEvents.RetentionDeleted.Name));
    }

    [Fact]
    public async Task DeleteExpired_MoreThanOneBatch_DeletesThemAll()
    {
        var scope = await _factory.TenantScopeAsync();
        await using (scope)
        {
            // Rows only, no blobs: the batching is about rows; missing blobs are tolerated.
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            var categoryId = (await _factory.AddDocumentAsync(_factory.Now.AddDays(-1), versions: 0)).CategoryId;
            for (var i = 0; i < DocumentRetention.BatchSize + 5; i++)
            {
                db.Add(new Document { Id = Guid.NewGuid(), CategoryId = categoryId, Title = $"Letter {i}", SenderUserId = "ann", SenderOrganisationId = "LA", RetainUntilUtc = _factory.Now.AddDays(-2) });
            }

            await db.SaveChangesAsync();
        }

        var round = await _factory.RunRoundAsync();

        Assert.Equal(DocumentRetention.BatchSize + 6, round.Deleted);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
    }

    [Fact]
    public async Task DeleteExpired_ADocumentAnsweringAFileRequest_ClearsTheAnswersPointer_AndKeepsTheAnswer()
    {
        var expired = await _factory.AddDocumentAsync(_factory.Now.AddDays(-1));
        await using (var scope = await _factory.TenantScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            var request = new FileRequest { CategoryId = expired.CategoryId, Title = "Data return", CreatedByUserId = "ann", CreatedByOrganisationId = "LA" };
            db.Add(request);
            await db.SaveChangesAsync();
            db.Add(new FileRequestRecipient { FileRequestId = request.Id, OrganisationId = "school-100001", DocumentId = expired.Id, SubmittedUtc = _factory.Now.AddDays(-30) });
            await db.SaveChangesAsync();
        }

        await _factory.RunRoundAsync();

        var answer = await _factory.QueryAsync(db => db.Set<FileRequestRecipient>().AsNoTracking().SingleAsync());
        Assert.Null(answer.DocumentId);
        Assert.NotNull(answer.SubmittedUtc);
        Assert.False(await _factory.DocumentExistsAsync(expired.Id));
    }

    [Fact]
    public async Task DeleteExpired_WithABlobAlreadyGone_StillDeletesEverything()
    {
        var first = await _factory.AddDocumentAsync(_factory.Now.AddDays(-2));
        var second = await _factory.AddDocumentAsync(_factory.Now.AddDays(-1));
        File.Delete(_factory.BlobPath(first.StorageNames[0]));

        var round = await _factory.RunRoundAsync();

        Assert.Equal(new RetentionRound(2, 0), round);
        Assert.False(await _factory.DocumentExistsAsync(first.Id));
        Assert.False(await _factory.DocumentExistsAsync(second.Id));
        Assert.All(first.StorageNames.Concat(second.StorageNames), name => Assert.False(File.Exists(_factory.BlobPath(name))));
    }

    [Fact]
    public async Task DeleteExpired_TwoInstancesAtOnce_DeleteEachDocumentOnce()
    {
        var documents = new List<StoredDocument>();
        for (var i = 0; i < 6; i++)
        {
            documents.Add(await _factory.AddDocumentAsync(_factory.Now.AddDays(-1 - i), versions: 1));
        }

        await using var one = await _factory.TenantScopeAsync();
        await using var two = await _factory.TenantScopeAsync();
        var rounds = await Task.WhenAll(
            Task.Run(() => one.ServiceProvider.GetRequiredService<DocumentRetention>().DeleteExpiredAsync(CancellationToken.None)),
            Task.Run(() => two.ServiceProvider.GetRequiredService<DocumentRetention>().DeleteExpiredAsync(CancellationToken.None)));

        Assert.Equal(documents.Count, rounds.Sum(r => r.Deleted));
        var events = await _factory.AuditEventsAsync(DocumentsEvents.RetentionDeleted.Name);
        Assert.Equal(documents.Select(d => d.Id.ToString()).Order(), events.Select(e => e.ObjectId!).Order());
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<Document>().CountAsync()));
        Assert.All(documents.SelectMany(d => d.StorageNames), name => Assert.False(File.Exists(_factory.BlobPath(name))));
    }

    [Fact]
    public async Task DeleteExpired_WithNoDocumentsAtAll_DoesNothing()
    {
        _ = _factory.Server;

        var round = await _factory.RunRoundAsync();

        Assert.Equal(RetentionRound.Nothing, round);
        Assert.Empty(await _factory.AuditEventsAsync(DocumentsEvents.RetentionRound.Name));
    }
}
