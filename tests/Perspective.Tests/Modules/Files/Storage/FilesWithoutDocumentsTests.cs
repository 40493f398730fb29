using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Files.Storage;
using Perspective.Tests.Infrastructure;
using static Perspective.Tests.Modules.Files.Storage.StorageData;

namespace Perspective.Tests.Modules.Files.Storage;

/// <summary>
/// Another module's view of the Files services: a tenant with Documents switched off still has
/// the encrypted store and the key ring, on either database provider.
/// </summary>
public sealed class FilesWithoutDocumentsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Documents = "Perspective.Documents";

    [Fact]
    public Task AnotherModule_StoresAndReadsBackAnEncryptedFile_WithDocumentsOff_OnSqlite() =>
        StoresAndReadsBackAsync(postgres: false);

    [Fact]
    public Task AnotherModule_StoresAndReadsBackAnEncryptedFile_WithDocumentsOff_OnPostgres() =>
        StoresAndReadsBackAsync(postgres: true);

    private async Task StoresAndReadsBackAsync(bool postgres)
    {
        using var factory = new ClockFactory();
        if (postgres)
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        }

        _ = factory.Server;
        await SwitchOffDocumentsAsync(factory);
        var plaintext = Plaintext((2 * Chunk) + 7);

        EncryptedFile stored;
        await using (var scope = await factory.TenantScopeAsync())
        {
            var features = scope.ServiceProvider.GetRequiredService<IModuleFeatures>();
            Assert.False(features.IsEnabled(Documents));
            Assert.True(features.IsEnabled(Perspective.Files.Startup.ModuleName));
            stored = await scope.ServiceProvider.GetRequiredService<EncryptedFiles>().WriteAsync(new MemoryStream(plaintext), plaintext.Length);
        }

        Assert.Equal(plaintext.Length, stored.PlaintextLength);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(plaintext)), stored.Sha256OfPlaintext);
        var blob = await File.ReadAllBytesAsync(BlobPath(factory, stored.StorageName));
        Assert.Equal(ChunkedFileFormat.EncryptedLength(plaintext.Length), blob.Length);
        Assert.Equal(-1, blob.AsSpan().IndexOf(plaintext.AsSpan(0, 64)));

        // A later request of that module, after the key ring has rotated, still opens it.
        await using (var scope = await factory.TenantScopeAsync())
        {
            var files = scope.ServiceProvider.GetRequiredService<EncryptedFiles>();
            var rotated = await scope.ServiceProvider.GetRequiredService<TenantKeyRing>().RotateAsync();
            Assert.Equal(plaintext, await files.ReadAllAsync(stored));

            var rewrapped = await files.RewrapAsync(stored);
            Assert.Equal(rotated, rewrapped.KeyVersion);
            Assert.NotEqual(stored.KeyVersion, rewrapped.KeyVersion);
            Assert.Equal(plaintext, await files.ReadAllAsync(rewrapped));
        }
    }

    private static async Task SwitchOffDocumentsAsync(ClockFactory factory)
    {
        var catalog = factory.Services.GetRequiredService<ITenantCatalog>();
        var tenant = (await catalog.FindAsync(Tenant.DefaultName))!;
        Assert.Contains(Documents, tenant.EnabledFeatures);
        tenant.EnabledFeatures = [.. tenant.EnabledFeatures.Where(name => name != Documents)];
        await catalog.SaveAsync(tenant);
    }

    private static string BlobPath(ClockFactory factory, string storageName) =>
        Path.Combine(factory.DataPath, "Sites", Tenant.DefaultName, "Files", storageName + LocalFolderBlobStore.BlobExtension);
}
