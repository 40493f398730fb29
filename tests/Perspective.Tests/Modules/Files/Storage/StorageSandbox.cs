using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Perspective.Core.Tenants;
using Perspective.Files.Storage;

namespace Perspective.Tests.Modules.Files.Storage;

/// <summary>
/// Storage classes built by hand over a temporary data folder, for unit-level tests: one
/// Data Protection provider (as one host has), configuration the test sets, a fake clock.
/// </summary>
public sealed class StorageSandbox : IDisposable
{
    private readonly Dictionary<string, string?> _settings = new();

    public string DataPath { get; } = Directory.CreateTempSubdirectory("perspective-storage-").FullName;

    public IDataProtectionProvider DataProtection { get; set; } = new EphemeralDataProtectionProvider();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public StorageSandbox With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public TenantDataFolder Folder(string tenant = "northshire") => new(Path.Combine(DataPath, "Sites", tenant));

    public LocalFolderBlobStore Blobs(string tenant = "northshire") => new(Folder(tenant));

    public TenantKeyRing KeyRing(string tenant = "northshire") =>
        new(new FixedTenant(tenant), Folder(tenant), new ConfigurationBuilder().AddInMemoryCollection(_settings).Build(), DataProtection);

    public EncryptedFiles Files(string tenant = "northshire") => new(Blobs(tenant), KeyRing(tenant));

    public PartialFileSweeper Sweeper(string tenant = "northshire") => new(Folder(tenant), Clock);

    /// <summary>The path of a stored blob.</summary>
    public string PathOf(string storageName, string tenant = "northshire") =>
        Path.Combine(Folder(tenant).Files, storageName + LocalFolderBlobStore.BlobExtension);

    public string[] FilesIn(string tenant = "northshire") =>
        Directory.Exists(Folder(tenant).Files) ? Directory.GetFiles(Folder(tenant).Files).Select(f => Path.GetFileName(f)).ToArray() : [];

    public void Dispose() => Directory.Delete(DataPath, recursive: true);

    private sealed class FixedTenant(string name) : ITenantContext
    {
        public Tenant Current { get; } = new() { Name = name, DisplayName = name, State = TenantState.Running };
    }
}

/// <summary>Test data and reading helpers.</summary>
public static class StorageData
{
    public const int Chunk = ChunkedFileFormat.DefaultChunkSize;

    /// <summary>Deterministic bytes that never look like the format's own header.</summary>
    public static byte[] Plaintext(int length, int seed = 1)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static async Task<byte[]> ReadAllAsync(this EncryptedFiles files, EncryptedFile file)
    {
        await using var stream = await files.OpenReadAsync(file);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
