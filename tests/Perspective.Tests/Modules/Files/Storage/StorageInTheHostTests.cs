using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Files;
using Perspective.Core.Tenants;
using Perspective.Files.Storage;
using Perspective.Tests.Infrastructure;
using static Perspective.Tests.Modules.Files.Storage.StorageData;

namespace Perspective.Tests.Modules.Files.Storage;

public sealed class StorageInTheHostTests : IDisposable
{
    private readonly ClockFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EncryptedFiles_FromATenantScope_StoreUnderTheTenantsFolder_AndReadBack()
    {
        _ = _factory.Server;
        var plaintext = Plaintext(Chunk + 100);
        EncryptedFile stored;
        await using (var scope = await _factory.TenantScopeAsync())
        {
            Assert.IsType<LocalFolderBlobStore>(scope.ServiceProvider.GetRequiredService<IBlobStore>());
            stored = await scope.ServiceProvider.GetRequiredService<EncryptedFiles>().WriteAsync(new MemoryStream(plaintext), plaintext.Length);
        }

        var site = Path.Combine(_factory.DataPath, "Sites", Tenant.DefaultName);
        Assert.True(File.Exists(Path.Combine(site, "Files", stored.StorageName + ".blob")));
        Assert.True(File.Exists(Path.Combine(site, "Keys", TenantKeyRing.RingFileName)));
        await using (var scope = await _factory.TenantScopeAsync())
        {
            Assert.Equal(plaintext, await scope.ServiceProvider.GetRequiredService<EncryptedFiles>().ReadAllAsync(stored));
        }
    }

    [Fact]
    public async Task TheSweepJob_RemovesAbandonedPartials_OfRunningTenants_AfterAnHour()
    {
        _ = _factory.Server;
        var files = Path.Combine(_factory.DataPath, "Sites", Tenant.DefaultName, "Files");
        Directory.CreateDirectory(files);
        var partial = Path.Combine(files, StorageNames.New() + LocalFolderBlobStore.PartialExtension);
        await File.WriteAllBytesAsync(partial, new byte[100]);
        File.SetLastWriteTimeUtc(partial, _factory.Clock.GetUtcNow().UtcDateTime);
        var job = _factory.Services.GetRequiredService<PartialFileSweepJob>();

        _factory.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await job.SweepAllAsync(CancellationToken.None));
        Assert.True(File.Exists(partial));

        // Past the hour the job's own hourly round may take it first; either way it is gone after a round.
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        await job.SweepAllAsync(CancellationToken.None);

        Assert.False(File.Exists(partial));
    }
}
