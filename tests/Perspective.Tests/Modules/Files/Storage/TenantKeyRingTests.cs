using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Perspective.Files.Storage;
using static Perspective.Tests.Modules.Files.Storage.StorageData;

namespace Perspective.Tests.Modules.Files.Storage;

public sealed class TenantKeyRingTests : IDisposable
{
    private readonly StorageSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task AFileOfOneTenant_DoesNotOpenWithAnotherTenantsKeyRing()
    {
        var stored = await _sandbox.Files("northshire").WriteAsync(new MemoryStream(Plaintext(1000)), 1000);
        var southshireOverTheSameBlobs = new EncryptedFiles(_sandbox.Blobs("northshire"), _sandbox.KeyRing("southshire"));

        await Assert.ThrowsAsync<FileTamperedException>(() => southshireOverTheSameBlobs.ReadAllAsync(stored));
    }

    [Fact]
    public async Task AFileOfOneTenant_DoesNotOpenForAnother_EvenWhenBothAreConfiguredWithTheSameKey()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _sandbox.With("Perspective:Documents:TenantKeys:northshire:1", key).With("Perspective:Documents:TenantKeys:southshire:1", key);
        var stored = await _sandbox.Files("northshire").WriteAsync(new MemoryStream(Plaintext(1000)), 1000);
        var southshireOverTheSameBlobs = new EncryptedFiles(_sandbox.Blobs("northshire"), _sandbox.KeyRing("southshire"));

        await Assert.ThrowsAsync<FileTamperedException>(() => southshireOverTheSameBlobs.ReadAllAsync(stored));
    }

    [Fact]
    public async Task Rotate_ThenRewrap_GivesANewWrappedKeyThatOpensTheUnchangedFile()
    {
        var plaintext = Plaintext((2 * Chunk) + 3);
        var stored = await _sandbox.Files().WriteAsync(new MemoryStream(plaintext), plaintext.Length);
        var before = await File.ReadAllBytesAsync(_sandbox.PathOf(stored.StorageName));

        var version = await _sandbox.KeyRing().RotateAsync();
        var rewrapped = await _sandbox.Files().RewrapAsync(stored);

        Assert.Equal(1, stored.KeyVersion);
        Assert.Equal(2, version);
        Assert.Equal(2, rewrapped.KeyVersion);
        Assert.NotEqual(stored.WrappedKey, rewrapped.WrappedKey);
        Assert.Equal(plaintext, await _sandbox.Files().ReadAllAsync(rewrapped));
        Assert.Equal(before, await File.ReadAllBytesAsync(_sandbox.PathOf(stored.StorageName)));
        // Until every key is re-wrapped the old version stays, so a half-done rotation loses nothing.
        Assert.Equal(plaintext, await _sandbox.Files().ReadAllAsync(stored));
    }

    [Fact]
    public async Task NewFiles_AfterRotation_AreWrappedWithTheNewVersion()
    {
        await _sandbox.KeyRing().RotateAsync();
        await _sandbox.KeyRing().RotateAsync();

        var stored = await _sandbox.Files().WriteAsync(new MemoryStream(Plaintext(5)), 5);

        Assert.Equal(3, stored.KeyVersion);
        Assert.Equal([1, 2, 3], (await _sandbox.KeyRing().LoadAsync()).Versions);
    }

    [Fact]
    public async Task Rotation_RewrapsEveryStoredKey_AndTheFilesStillOpen()
    {
        var files = _sandbox.Files();
        var a = await files.WriteAsync(new MemoryStream(Plaintext(100, 1)), 100);
        var b = await files.WriteAsync(new MemoryStream(Plaintext(100, 2)), 100);
        var table = new InMemoryKeys(new() { ["a"] = a.Key, ["b"] = b.Key });

        var result = await new TenantKeyRotation(_sandbox.KeyRing(), [table]).RotateAsync();

        Assert.Equal(new KeyRotationResult(1, 2, 2), result);
        Assert.All(table.Keys.Values, k => Assert.Equal(2, k.KeyVersion));
        Assert.Equal(Plaintext(100, 1), await files.ReadAllAsync(a with { WrappedKey = table.Keys["a"].WrappedKey, KeyVersion = 2 }));
        Assert.Equal(Plaintext(100, 2), await files.ReadAllAsync(b with { WrappedKey = table.Keys["b"].WrappedKey, KeyVersion = 2 }));
    }

    [Fact]
    public async Task ConfiguredKeys_AreUsed_AndNoRingFileIsWritten()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        _sandbox.With("Perspective:Documents:TenantKeys:northshire:1", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
            .With("Perspective:Documents:TenantKeys:northshire:3", Convert.ToBase64String(key));

        var stored = await _sandbox.Files().WriteAsync(new MemoryStream(Plaintext(10)), 10);

        Assert.Equal(3, stored.KeyVersion);
        Assert.False(Directory.Exists(_sandbox.Folder().Keys));
        // The configured key itself unwraps the file key (as ADR-007 describes the wrapping).
        var wrapped = Convert.FromBase64String(stored.WrappedKey);
        using var aes = new AesGcm(key, 16);
        var fileKey = new byte[32];
        aes.Decrypt(wrapped[..12], wrapped[12..44], wrapped[44..], fileKey, Encoding.UTF8.GetBytes("Perspective.Documents file key v1|northshire|3"));
        await using var plain = new DecryptingStream(File.OpenRead(_sandbox.PathOf(stored.StorageName)), fileKey);
        using var copy = new MemoryStream();
        await plain.CopyToAsync(copy);
        Assert.Equal(Plaintext(10), copy.ToArray());
    }

    [Fact]
    public async Task ConfiguredKeys_AreRotatedInConfiguration_AndTheRotationServiceRewrapsToTheNewVersion()
    {
        _sandbox.With("Perspective:Documents:TenantKeys:northshire:1", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var stored = await _sandbox.Files().WriteAsync(new MemoryStream(Plaintext(10)), 10);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _sandbox.KeyRing().RotateAsync());

        _sandbox.With("Perspective:Documents:TenantKeys:northshire:2", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var table = new InMemoryKeys(new() { ["a"] = stored.Key });
        var result = await new TenantKeyRotation(_sandbox.KeyRing(), [table]).RotateAsync();

        Assert.Equal(new KeyRotationResult(2, 2, 1), result);
        Assert.Equal(Plaintext(10), await _sandbox.Files().ReadAllAsync(stored with { WrappedKey = table.Keys["a"].WrappedKey, KeyVersion = 2 }));
    }

    [Fact]
    public async Task ConfiguredKeys_UnderTheFilesSection_AddToThoseUnderTheDocumentsSection()
    {
        _sandbox.With("Perspective:Documents:TenantKeys:northshire:1", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var written = await _sandbox.Files().WriteAsync(new MemoryStream(Plaintext(10)), 10);

        _sandbox.With("Perspective:Files:TenantKeys:northshire:2", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var keys = await _sandbox.KeyRing().LoadAsync();
        var rewrapped = await _sandbox.Files().RewrapAsync(written);

        Assert.Equal(1, written.KeyVersion);
        Assert.Equal(2, keys.CurrentVersion);
        Assert.Equal([1, 2], keys.Versions);
        Assert.Equal(Plaintext(10), await _sandbox.Files().ReadAllAsync(written));
        Assert.Equal(2, rewrapped.KeyVersion);
        Assert.Equal(Plaintext(10), await _sandbox.Files().ReadAllAsync(rewrapped));
    }

    [Fact]
    public async Task ConfiguredKeys_UnderTheFilesSection_WinOverTheDocumentsSection_ForTheSameVersion()
    {
        _sandbox.With("Perspective:Documents:TenantKeys:northshire:1", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var written = await _sandbox.Files().WriteAsync(new MemoryStream(Plaintext(10)), 10);

        _sandbox.With("Perspective:Files:TenantKeys:northshire:1", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        await Assert.ThrowsAsync<FileTamperedException>(() => _sandbox.Files().ReadAllAsync(written));
    }

    [Fact]
    public async Task ConfiguredKeys_UnderTheFilesSection_AreNamedInTheRotationRefusal()
    {
        _sandbox.With("Perspective:Files:TenantKeys:northshire:1", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _sandbox.KeyRing().RotateAsync());

        Assert.Contains("Perspective:Files:TenantKeys:northshire:<next version>", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "not base64")]
    [InlineData("1", "AAAA")]
    [InlineData("zero", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public async Task ConfiguredKeys_ThatAreMalformed_StopWithAMessageThatDoesNotRepeatTheValue(string version, string value)
    {
        _sandbox.With($"Perspective:Documents:TenantKeys:northshire:{version}", value);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _sandbox.KeyRing().LoadAsync());

        Assert.Contains("Perspective:Documents:TenantKeys:northshire", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRingFile_IsEncryptedWithDataProtection_NotTheRawKey()
    {
        await _sandbox.Files().WriteAsync(new MemoryStream(Plaintext(10)), 10);
        var ringFile = await File.ReadAllBytesAsync(Path.Combine(_sandbox.Folder().Keys, TenantKeyRing.RingFileName));

        var json = _sandbox.DataProtection.CreateProtector("Perspective.Documents.TenantKeyRing.v1", "northshire").Unprotect(ringFile);
        var keyBase64 = JsonDocument.Parse(json).RootElement.GetProperty("Keys").GetProperty("1").GetString()!;
        var key = Convert.FromBase64String(keyBase64);

        Assert.Equal(32, key.Length);
        Assert.Equal(-1, ringFile.AsSpan().IndexOf(key));
        Assert.Equal(-1, ringFile.AsSpan().IndexOf(Encoding.ASCII.GetBytes(keyBase64)));
        Assert.Equal(-1, ringFile.AsSpan().IndexOf("Keys"u8));
    }

    [Fact]
    public async Task TheRingFile_WithoutTheHostsDataProtectionKeys_CannotBeOpened()
    {
        var stored = await _sandbox.Files().WriteAsync(new MemoryStream(Plaintext(10)), 10);

        // A copy of the tenant's folder taken to another host: its Data Protection keys differ.
        _sandbox.DataProtection = new EphemeralDataProtectionProvider();

        await Assert.ThrowsAsync<InvalidOperationException>(() => _sandbox.Files().ReadAllAsync(stored));
    }

    [Fact]
    public async Task TheRingFile_IsCreatedOnce_AndKeepsItsKeyAcrossInstances()
    {
        var stored = await _sandbox.Files().WriteAsync(new MemoryStream(Plaintext(10)), 10);
        var ringPath = Path.Combine(_sandbox.Folder().Keys, TenantKeyRing.RingFileName);
        var ringBefore = await File.ReadAllBytesAsync(ringPath);

        var read = await _sandbox.Files().ReadAllAsync(stored);

        Assert.Equal(Plaintext(10), read);
        Assert.Equal(ringBefore, await File.ReadAllBytesAsync(ringPath));
        Assert.Single(Directory.GetFiles(_sandbox.Folder().Keys));
    }

    /// <summary>Stands in for the documents table the lead adds later.</summary>
    private sealed class InMemoryKeys(Dictionary<string, WrappedFileKey> keys) : IWrappedFileKeys
    {
        public Dictionary<string, WrappedFileKey> Keys { get; } = keys;

        public async IAsyncEnumerable<(string Id, WrappedFileKey Key)> ListNotAtVersionAsync(int keyVersion, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var (id, key) in Keys.Where(k => k.Value.KeyVersion != keyVersion).ToList())
            {
                await Task.Yield();
                yield return (id, key);
            }
        }

        public Task ReplaceAsync(string id, WrappedFileKey rewrapped, CancellationToken cancellationToken)
        {
            Keys[id] = rewrapped;
            return Task.CompletedTask;
        }
    }
}
