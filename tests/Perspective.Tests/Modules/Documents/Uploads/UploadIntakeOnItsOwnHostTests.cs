using Microsoft.EntityFrameworkCore;
using Perspective.Documents.Data;
using Perspective.Documents.Sending;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;

namespace Perspective.Tests.Modules.Documents.Uploads;

/// <summary>
/// The upload intake when the virus scanner is down. On a host of its own: the scanner's address is
/// read when the host starts, and here it is a port nothing listens on.
/// </summary>
public sealed class UploadIntakeOnItsOwnHostTests : IAsyncLifetime
{
    private readonly DocumentsFactory _factory = new();

    public UploadIntakeOnItsOwnHostTests() => UploadIntakeTests.ScanWith(_factory, UploadIntakeTests.ClosedPort());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    [Fact]
    public async Task WhenTheScannerIsDown_TheFileIsKeptButHeldBack_AndTheFailureIsAudited()
    {
        var result = await TakeAsync(DocumentsFactory.Pdf(), "Letter.pdf");

        Assert.Null(result.Problem);
        Assert.Equal(ScanStatus.Failed, result.File!.ScanStatus);
        Assert.Contains("documents.scan-failed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task ASendWhileTheScannerIsDown_IsHeldBack_AndRecipientsCannotDownload()
    {
        var category = await _factory.CategoryAsync();

        var id = await _factory.SentAsync(category, DocumentsFactory.Pdf());

        Assert.Equal(ScanStatus.Failed, await _factory.QueryAsync(db => db.Set<DocumentVersion>().Where(v => v.DocumentId == id).Select(v => v.ScanStatus).SingleAsync()));
        var response = await _factory.Client("hetty", Users.Administration.TestOrganisations.Ash.Id, Perspective.Core.Security.BuiltInRoles.Headteacher).GetAsync($"/documents/{id}/download");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<IntakeResult> TakeAsync(byte[] content, string name) => UploadIntakeTests.TakeAsync(_factory, content, name);
}
