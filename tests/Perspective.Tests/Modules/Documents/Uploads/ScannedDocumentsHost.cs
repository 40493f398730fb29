using Perspective.Tests.Modules.Documents.Sending;
using Perspective.Tests.Modules.Files.Checks;

namespace Perspective.Tests.Modules.Documents.Uploads;

/// <summary>A <see cref="DocumentsFactory"/> whose uploads a clamd of its own scans, for a class's tests to share.</summary>
public sealed class ScannedDocumentsHost : IAsyncLifetime
{
    private readonly FakeClamd _clamd = new();

    public ScannedDocumentsHost()
    {
        Factory = new DocumentsFactory();
        UploadIntakeTests.ScanWith(Factory, _clamd.Port);
    }

    public DocumentsFactory Factory { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _clamd.DisposeAsync();
    }
}
