using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Documents.Files;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Files.Checks;
using Perspective.Tests.Modules.Users.Administration;

namespace Perspective.Tests.Modules.Documents.Uploads;

public sealed class HeldFileRescannerTests : IAsyncLifetime
{
    private readonly FakeClamd _clamd = new() { Failing = true };
    private readonly DocumentsFactory _factory = new();

    public HeldFileRescannerTests() => _factory
        .With("Perspective:Documents:ClamAv:Host", "127.0.0.1")
        .With("Perspective:Documents:ClamAv:Port", _clamd.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _clamd.DisposeAsync();
    }

    [Fact]
    public async Task AHeldFile_IsReleasedOnceTheScannerAnswersClean_AndThenDownloads()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());
        var school = _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await school.GetAsync($"/documents/{id}/download")).StatusCode);

        _clamd.Failing = false;
        var released = await RescanAsync();

        Assert.Equal(1, released);
        Assert.Equal(ScanStatus.Clean, await StatusAsync(id));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await school.GetAsync($"/documents/{id}/download")).StatusCode);
        Assert.Contains("documents.file-released", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AHeldFile_StaysHeldWhileTheScannerStillFails()
    {
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), DocumentsFactory.Pdf());

        Assert.Equal(0, await RescanAsync());

        Assert.Equal(ScanStatus.Failed, await StatusAsync(id));
    }

    [Fact]
    public async Task AHeldFileFoundInfected_IsQuarantined_AndNeverReleased()
    {
        var infected = Encoding.ASCII.GetBytes("%PDF-1.7\n" + FakeClamd.Eicar + "\n%%EOF\n");
        var id = await _factory.SentAsync(await _factory.CategoryAsync(), infected);

        _clamd.Failing = false;
        Assert.Equal(0, await RescanAsync());

        Assert.Equal(ScanStatus.Quarantined, await StatusAsync(id));
        var response = await _factory.Client("hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher).GetAsync($"/documents/{id}/download");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("documents.file-quarantined", await _factory.AuditActionsAsync());
    }

    private async Task<int> RescanAsync()
    {
        await using var scope = await _factory.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<HeldFileRescanner>().RescanAsync(CancellationToken.None);
    }

    private Task<ScanStatus> StatusAsync(Guid id) =>
        _factory.QueryAsync(db => db.Set<DocumentVersion>().Where(v => v.DocumentId == id).Select(v => v.ScanStatus).SingleAsync());
}
