using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents.Data;
using Perspective.Documents;
using Perspective.Documents.Retention;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Retention;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class LegalHoldsTests(RetentionFactory factory) : IClassFixture<RetentionFactory>, IAsyncLifetime
{
    private readonly RetentionFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SetLegalHold_OnAnExpiredDocument_KeepsItFromRetention_AndRecordsTheReason()
    {
        var document = await _factory.AddDocumentAsync(_factory.Now.AddDays(-1));

        var change = await SetAsync(document.Id, true, "Tribunal case 2026/14");
        await _factory.RunRoundAsync();

        Assert.Equal(LegalHoldChange.Changed, change);
        Assert.True(await _factory.DocumentExistsAsync(document.Id));
        var recorded = Assert.Single(await _factory.AuditEventsAsync(DocumentsEvents.LegalHoldSet.Name));
        Assert.Equal(("document", document.Id.ToString(), "Tribunal case 2026/14"), (recorded.ObjectType, recorded.ObjectId, recorded.Details));
    }

    [Fact]
    public async Task ReleasingTheHold_LetsTheNextRoundDeleteIt_AndRecordsTheRelease()
    {
        var document = await _factory.AddDocumentAsync(_factory.Now.AddDays(-1), legalHold: true);

        var change = await SetAsync(document.Id, false, "Case closed");
        await _factory.RunRoundAsync();

        Assert.Equal(LegalHoldChange.Changed, change);
        Assert.False(await _factory.DocumentExistsAsync(document.Id));
        Assert.Equal("Case closed", Assert.Single(await _factory.AuditEventsAsync(DocumentsEvents.LegalHoldReleased.Name)).Details);
    }

    [Fact]
    public async Task SetLegalHold_AlreadySo_ChangesAndRecordsNothing()
    {
        var document = await _factory.AddDocumentAsync(null, legalHold: true);

        var change = await SetAsync(document.Id, true, "Again");

        Assert.Equal(LegalHoldChange.Unchanged, change);
        Assert.Empty(await _factory.AuditEventsAsync(DocumentsEvents.LegalHoldSet.Name));
    }

    [Fact]
    public async Task SetLegalHold_OnAnUnknownDocument_IsNotFound()
    {
        _ = _factory.Server;

        var change = await SetAsync(Guid.NewGuid(), true, "Tribunal");

        Assert.Equal(LegalHoldChange.NotFound, change);
        Assert.Empty(await _factory.AuditEventsAsync(DocumentsEvents.LegalHoldSet.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SetLegalHold_WithoutAReason_IsRefused_AndChangesNothing(string reason)
    {
        var document = await _factory.AddDocumentAsync(null);

        await Assert.ThrowsAsync<ArgumentException>(() => SetAsync(document.Id, true, reason));

        Assert.False(await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.Id == document.Id).Select(d => d.LegalHold).SingleAsync()));
        Assert.Empty(await _factory.AuditEventsAsync(DocumentsEvents.LegalHoldSet.Name));
    }

    [Fact]
    public async Task SetLegalHold_WithAnOverLongReason_IsRefused()
    {
        var document = await _factory.AddDocumentAsync(null);

        await Assert.ThrowsAsync<ArgumentException>(() => SetAsync(document.Id, true, new string('x', LegalHolds.MaxReasonLength + 1)));

        Assert.False(await _factory.QueryAsync(db => db.Set<Document>().Where(d => d.Id == document.Id).Select(d => d.LegalHold).SingleAsync()));
    }

    private async Task<LegalHoldChange> SetAsync(Guid id, bool hold, string reason)
    {
        await using var scope = await _factory.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<LegalHolds>().SetLegalHoldAsync(id, hold, reason);
    }
}
