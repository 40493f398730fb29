using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents.Bulk;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Bulk;

public sealed class BulkDraftCleanupTests : IDisposable
{
    private readonly BulkFactory _factory = new();

    [Fact]
    public async Task Cleanup_DeletesDraftsOlderThanADay_WithTheirFilesAndBlobs_AndKeepsTheRest()
    {
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var abandoned = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Old.pdf", "Old stray.pdf");
        var sent = await BulkFactory.DraftWithAsync(officer, category.Id, "100002_Sent.pdf");
        await BulkFactory.SendAsync(officer, sent);
        _factory.Clock.Advance(TimeSpan.FromHours(25));
        var fresh = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_New.pdf");
        Assert.Equal(4, _factory.BlobCount);

        var deleted = await CleanUpAsync();

        Assert.Equal(1, deleted);
        var batches = await _factory.QueryAsync(db => db.Set<SendBatch>().Select(b => b.Id).ToListAsync());
        Assert.Equal(new[] { sent, fresh }.Order(), batches.Order());
        Assert.Empty(await _factory.StagedAsync(abandoned));
        Assert.Single(await _factory.StagedAsync(fresh));
        // The sent letter's blob and the fresh draft's stay.
        Assert.Equal(2, _factory.BlobCount);
        Assert.Single(await _factory.AuditActionsAsync(), a => a == "documents.bulk-draft-deleted");
    }

    [Fact]
    public async Task Cleanup_OfADraftADayOldAtMost_DeletesNothing()
    {
        var category = await _factory.CategoryAsync();
        var batchId = await BulkFactory.DraftWithAsync(_factory.Officer(), category.Id, "100001_Letter.pdf");
        _factory.Clock.Advance(TimeSpan.FromHours(23));

        Assert.Equal(0, await CleanUpAsync());
        Assert.Single(await _factory.StagedAsync(batchId));
        Assert.Equal(1, _factory.BlobCount);
    }

    [Fact]
    public async Task TheJob_RunsTheCleanupForItsTenant()
    {
        var category = await _factory.CategoryAsync();
        await BulkFactory.DraftWithAsync(_factory.Officer(), category.Id, "100001_Letter.pdf");
        _factory.Clock.Advance(TimeSpan.FromDays(2));

        await using var scope = await _factory.TenantScopeAsync();
        var deleted = await scope.ServiceProvider.GetRequiredService<BulkDraftCleanupJob>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<SendBatch>().CountAsync()));
    }

    private async Task<int> CleanUpAsync()
    {
        await using var scope = await _factory.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<BulkDraftCleanup>().DeleteAbandonedAsync(CancellationToken.None);
    }

    public void Dispose() => _factory.Dispose();
}
