using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Documents.Data;
using Perspective.Documents;
using Perspective.Documents.Retention;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Retention;

public sealed class RetentionOnPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TwoInstancesAtOnce_OnPostgres_DeleteEachDocumentOnce_WithItsRows()
    {
        using var factory = new RetentionFactory();
        factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        var documents = new List<StoredDocument>();
        for (var i = 0; i < 6; i++)
        {
            documents.Add(await factory.AddDocumentAsync(factory.Now.AddDays(-1 - i), versions: 1));
        }

        var held = await factory.AddDocumentAsync(factory.Now.AddDays(-10), legalHold: true, versions: 1);

        await using var one = await factory.TenantScopeAsync();
        await using var two = await factory.TenantScopeAsync();
        var rounds = await Task.WhenAll(
            Task.Run(() => one.ServiceProvider.GetRequiredService<DocumentRetention>().DeleteExpiredAsync(CancellationToken.None)),
            Task.Run(() => two.ServiceProvider.GetRequiredService<DocumentRetention>().DeleteExpiredAsync(CancellationToken.None)));

        Assert.Equal(documents.Count, rounds.Sum(r => r.Deleted));
        var events = await factory.AuditEventsAsync(DocumentsEvents.RetentionDeleted.Name);
        Assert.Equal(documents.Select(d => d.Id.ToString()).Order(), events.Select(e => e.ObjectId!).Order());
        Assert.Equal([held.Id], await factory.QueryAsync(db => db.Set<Document>().Select(d => d.Id).ToListAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<DocumentVersion>().CountAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<DocumentRecipient>().CountAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<DocumentOpening>().CountAsync()));
        Assert.All(documents.SelectMany(d => d.StorageNames), name => Assert.False(File.Exists(factory.BlobPath(name))));
    }
}
