using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Files;
using Perspective.Files.Storage;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Documents.Retention;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class OrphanBlobSweeperTests(RetentionFactory factory) : IClassFixture<RetentionFactory>, IAsyncLifetime
{
    private readonly RetentionFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sweep_TakesOnlyUnreferencedBlobs_OlderThanADay()
    {
        var referenced = await _factory.AddDocumentAsync(null, versions: 1);
        var oldOrphan = WriteBlob(age: TimeSpan.FromHours(25));
        var freshOrphan = WriteBlob(age: TimeSpan.FromHours(23));
        File.SetLastWriteTimeUtc(_factory.BlobPath(referenced.StorageNames[0]), _factory.Now.AddDays(-30));

        var deleted = await SweepAsync();

        Assert.Equal(1, deleted);
        Assert.False(File.Exists(oldOrphan));
        Assert.True(File.Exists(freshOrphan));
        Assert.True(File.Exists(_factory.BlobPath(referenced.StorageNames[0])));
    }

    [Fact]
    public async Task Sweep_IgnoresFilesThatAreNotBlobs()
    {
        _ = _factory.Server;
        Directory.CreateDirectory(_factory.FilesFolder);
        var stranger = Path.Combine(_factory.FilesFolder, "notes.blob");
        await File.WriteAllTextAsync(stranger, "x");
        File.SetLastWriteTimeUtc(stranger, _factory.Now.AddDays(-10));

        Assert.Equal(0, await SweepAsync());
        Assert.True(File.Exists(stranger));
    }

    [Fact]
    public async Task Sweep_WithNoFilesFolder_DoesNothing()
    {
        _ = _factory.Server;

        Assert.Equal(0, await SweepAsync());
    }

    [Fact]
    public async Task Sweep_KeepsABlobAnotherModuleNames_AndAFileStagedInADraft()
    {
        var staged = await _factory.AddStagedFileAsync();
        var anotherModules = WriteBlob(age: TimeSpan.FromDays(3));
        var orphan = WriteBlob(age: TimeSpan.FromDays(3));
        File.SetLastWriteTimeUtc(_factory.BlobPath(staged), _factory.Now.AddDays(-3));

        var deleted = await SweepAsync(new NamedBlobs(Path.GetFileNameWithoutExtension(anotherModules)));

        Assert.Equal(1, deleted);
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(anotherModules));
        Assert.True(File.Exists(_factory.BlobPath(staged)));
    }

    [Fact]
    public async Task Sweep_WhenAModuleCannotSayWhichBlobsItUses_DeletesNothing()
    {
        _ = _factory.Server;
        var orphan = WriteBlob(age: TimeSpan.FromDays(3));

        await Assert.ThrowsAsync<InvalidOperationException>(() => SweepAsync(new UnreachableBlobs()));

        Assert.True(File.Exists(orphan));
    }

    private string WriteBlob(TimeSpan age)
    {
        Directory.CreateDirectory(_factory.FilesFolder);
        var path = _factory.BlobPath(StorageNames.New());
        File.WriteAllBytes(path, new byte[64]);
        File.SetLastWriteTimeUtc(path, _factory.Now - age);
        return path;
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = await _factory.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<OrphanBlobSweeper>().SweepAsync(CancellationToken.None);
    }

    // The host's sweep, with another module's references beside Documents'.
    private async Task<int> SweepAsync(IBlobReferences anotherModule)
    {
        await using var scope = await _factory.TenantScopeAsync();
        var services = scope.ServiceProvider;
        var sweeper = new OrphanBlobSweeper(
            services.GetRequiredService<IBlobStore>(),
            services.GetRequiredService<TenantDataFolder>(),
            [.. services.GetServices<IBlobReferences>(), anotherModule],
            services.GetRequiredService<TimeProvider>());
        return await sweeper.SweepAsync(CancellationToken.None);
    }

    private sealed class NamedBlobs(string storageName) : IBlobReferences
    {
        public Task<IReadOnlyCollection<string>> InUseAsync(IReadOnlyCollection<string> storageNames, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyCollection<string>>(storageNames.Where(n => n == storageName).ToList());
    }

    private sealed class UnreachableBlobs : IBlobReferences
    {
        public Task<IReadOnlyCollection<string>> InUseAsync(IReadOnlyCollection<string> storageNames, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The module's database did not answer.");
    }
}
