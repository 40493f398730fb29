using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Documents.Data;
using Perspective.Email.Outbox;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Bulk;

public sealed class BulkScanHeldTests : IDisposable
{
    private readonly BulkFactory _factory = new() { ScannerDown = true };

    [Fact]
    public async Task Send_OfAFileWhoseScanFailed_SendsItHeld_AndEmailsNobody()
    {
        await _factory.HeadteacherAsync(TestOrganisations.Ash.Id, "head@ash.test");
        var category = await _factory.CategoryAsync();
        var officer = _factory.Officer();
        var batchId = await BulkFactory.DraftWithAsync(officer, category.Id, "100001_Risk letter.pdf");
        Assert.Equal(ScanStatus.Failed, Assert.Single(await _factory.StagedAsync(batchId)).ScanStatus);

        var response = await BulkFactory.SendAsync(officer, batchId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var version = await _factory.QueryAsync(db => db.Set<DocumentVersion>().SingleAsync());
        Assert.Equal(ScanStatus.Failed, version.ScanStatus);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    public void Dispose() => _factory.Dispose();
}
