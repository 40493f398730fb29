using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Documents.Data;
using Perspective.Documents.Sending;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Files.Checks;

namespace Perspective.Tests.Modules.Documents.Uploads;

/// <summary>
/// What the upload intake does with a file before anything keeps it. One host, scanning with a clamd
/// of its own, for the class; each test in a tenant of its own on it (a scanner that is down is set
/// when the host starts: <see cref="UploadIntakeOnItsOwnHostTests"/>).
/// </summary>
public sealed class UploadIntakeTests(ScannedDocumentsHost host) : IClassFixture<ScannedDocumentsHost>, IAsyncLifetime
{
    private readonly DocumentsFactory _factory = host.Factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ACleanFile_IsStoredEncrypted_AndMarkedClean()
    {
        var result = await TakeAsync(DocumentsFactory.Pdf("clean"), "Letter.pdf");

        Assert.Null(result.Problem);
        Assert.Equal(ScanStatus.Clean, result.File!.ScanStatus);
        Assert.Equal("application/pdf", result.File.ContentType);
        Assert.True(File.Exists(Path.Combine(_factory.FilesFolder, result.File.Stored.StorageName + ".blob")));
    }

    [Fact]
    public async Task AnInfectedFile_IsRefused_NothingIsStored_AndTheFindingIsAudited()
    {
        var infected = Encoding.ASCII.GetBytes("%PDF-1.7\n" + FakeClamd.Eicar + "\n%%EOF\n");

        var result = await TakeAsync(infected, "Letter.pdf");

        Assert.Equal("The selected file contains a virus", result.Problem);
        Assert.Null(result.File);
        Assert.Empty(BlobsOnDisk());
        Assert.Contains("documents.file-infected", await _factory.AuditActionsAsync());
    }

    [Theory]
    [InlineData("", "Select a file")]
    [InlineData("Letter.exe", null)]
    public async Task BadNames_AreRefusedWithAMessage_AndNothingIsStored(string name, string? message)
    {
        var result = await TakeAsync(DocumentsFactory.Pdf(), name);

        Assert.NotNull(result.Problem);
        if (message is not null)
        {
            Assert.Equal(message, result.Problem);
        }

        Assert.Empty(BlobsOnDisk());
    }

    [Fact]
    public async Task AnEmptyFile_IsRefused_AndTheRefusalIsAudited()
    {
        var result = await TakeAsync([], "Letter.pdf");

        Assert.Equal("The selected file is empty", result.Problem);
        var refused = Assert.Single(await _factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == Perspective.Documents.DocumentsEvents.UploadRefused.Name).ToListAsync()));
        Assert.Equal(("Letter.pdf", "The selected file is empty"), (refused.ObjectId, refused.Details));
    }

    [Fact]
    public async Task AFileOverTheLimit_IsRefusedWhileCopying_AndNothingIsStored()
    {
        var big = new byte[2048];
        DocumentsFactory.Pdf().CopyTo(big, 0);

        var result = await TakeAsync(big, "Letter.pdf", maxBytes: 1024);

        Assert.Equal("The selected file must be smaller than 1 KB", result.Problem);
        Assert.Empty(BlobsOnDisk());
        Assert.Contains(Perspective.Documents.DocumentsEvents.UploadRefused.Name, await _factory.AuditActionsAsync());
    }

    /// <summary>Takes a file through the intake of the factory's tenant, as a page would.</summary>
    internal static async Task<IntakeResult> TakeAsync(PerspectiveFactory factory, byte[] content, string name, long maxBytes = 1024 * 1024)
    {
        await using var scope = await factory.TenantScopeAsync();
        using var stream = new MemoryStream(content);
        return await scope.ServiceProvider.GetRequiredService<UploadIntake>().TakeAsync(stream, name, maxBytes, ["pdf"]);
    }

    /// <summary>A loopback port nothing listens on: the scanner is down.</summary>
    internal static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Points the factory's host, before it starts, at a clamd on the given loopback port.</summary>
    internal static void ScanWith(PerspectiveFactory factory, int port) => factory
        .With("Perspective:Documents:ClamAv:Host", "127.0.0.1")
        .With("Perspective:Documents:ClamAv:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Task<IntakeResult> TakeAsync(byte[] content, string name, long maxBytes = 1024 * 1024) => TakeAsync(_factory, content, name, maxBytes);

    private string[] BlobsOnDisk() => Directory.Exists(_factory.FilesFolder) ? Directory.GetFiles(_factory.FilesFolder, "*.blob") : [];
}
