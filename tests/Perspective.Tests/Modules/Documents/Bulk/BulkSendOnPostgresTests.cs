using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Documents.Bulk;
using Perspective.Documents.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Bulk;

public sealed class BulkSendOnPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TwoSendsAtOnce_OnPostgres_SendTheDraftOnce()
    {
        using var factory = new BulkFactory();
        factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        var category = await factory.CategoryAsync();
        var batchId = await BulkFactory.DraftWithAsync(factory.Officer(), category.Id, "100001_Risk letter.pdf", "100002_Risk letter.pdf");
        var officer = DocumentsFactory.Principal(BulkFactory.OfficerName, TestOrganisations.LaTeam.Id, BuiltInRoles.LaOfficer);

        await using var one = await factory.TenantScopeAsync();
        await using var two = await factory.TenantScopeAsync();
        var results = await Task.WhenAll(
            Task.Run(() => one.ServiceProvider.GetRequiredService<BulkSending>().SendAsync(batchId, officer)),
            Task.Run(() => two.ServiceProvider.GetRequiredService<BulkSending>().SendAsync(batchId, officer)));

        Assert.Equal([BulkSendOutcome.Sent, BulkSendOutcome.AlreadySent], results.Select(r => r.Outcome).Order());
        Assert.Equal(2, await factory.QueryAsync(db => db.Set<Document>().CountAsync(d => d.BatchId == batchId)));
        Assert.Single(await factory.AuditActionsAsync(), a => a == "documents.bulk-sent");
        Assert.Empty(await factory.StagedAsync(batchId));
    }
}
