using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Perspective.Core.Tenants;

namespace Perspective.Files.Storage;

/// <summary>
/// The tenant's key-encryption keys. From configuration when
/// <c>Perspective:Files:TenantKeys:{tenant}:{version}</c> (base64 of 32 bytes; the versions under
/// the older <c>Perspective:Documents:TenantKeys:{tenant}</c> count too) holds any version — the
/// highest is current — otherwise from a ring file in the tenant's data folder,
/// created on first use and encrypted with ASP.NET Core Data Protection under a purpose naming the
/// tenant. So neither the database alone, nor a copy of the tenant's folder without the host's
/// Data Protection keys, can open a file.
/// </summary>
public sealed class TenantKeyRing(ITenantContext tenant, TenantDataFolder folder, IConfiguration configuration, IDataProtectionProvider dataProtection)
{
    public const string ConfigurationSection = FilesConfiguration.Section + ":" + TenantKeysName;

    // The name from when the ring belonged to the Documents module: existing rings keep it.
    public const string RingFileName = "document-keys.dat";

    private const string TenantKeysName = "TenantKeys";

    // One writer at a time in this process; the ring file is replaced by rename, so readers never see half of it.
    private static readonly SemaphoreSlim Writing = new(1, 1);

    private TenantKeys? _loaded;

    private string TenantName => tenant.Current.Name;

    private string RingPath => Path.Combine(folder.Keys, RingFileName);

    /// <summary>The tenant's keys, creating the ring file with a first version when there is none.</summary>
    public Task<TenantKeys> LoadAsync(CancellationToken cancellationToken = default) => LoadAsync(requiredVersion: null, cancellationToken);

    /// <summary>
    /// The tenant's keys, read again when the ones this scope has already read lack
    /// <paramref name="requiredVersion"/> (another scope or node has rotated since).
    /// </summary>
    public async Task<TenantKeys> LoadAsync(int? requiredVersion, CancellationToken cancellationToken = default)
    {
        if (_loaded is not null && (requiredVersion is null || _loaded.Holds(requiredVersion.Value)))
        {
            return _loaded;
        }

        if (FromConfiguration() is { } configured)
        {
            return _loaded = configured;
        }

        if (await ReadRingAsync(cancellationToken) is { } ring)
        {
            return _loaded = ring;
        }

        await Writing.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(RingPath))
            {
                var first = new RingFile(1, new() { ["1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(ChunkedFileFormat.KeySize)) });
                await SaveRingAsync(first, replace: false, cancellationToken);
            }

            return _loaded = await ReadRingAsync(cancellationToken) ?? throw new InvalidOperationException("The key ring file was not written.");
        }
        finally
        {
            Writing.Release();
        }
    }

    /// <summary>
    /// Adds a new random version and makes it current; earlier versions stay so that files wrapped
    /// with them still open until they are re-wrapped. Configuration-provided keys are rotated by
    /// adding a version in configuration instead.
    /// </summary>
    public async Task<int> RotateAsync(CancellationToken cancellationToken = default)
    {
        if (FromConfiguration() is not null)
        {
            throw new InvalidOperationException(
                $"The keys of site '{TenantName}' come from configuration; add {ConfigurationSection}:{TenantName}:<next version> there instead.");
        }

        await LoadAsync(cancellationToken);
        await Writing.WaitAsync(cancellationToken);
        try
        {
            var ring = await ReadRingFileAsync(cancellationToken) ?? throw new InvalidOperationException("The key ring file has gone.");
            var next = ring.Keys.Keys.Select(v => int.Parse(v, CultureInfo.InvariantCulture)).Max() + 1;
            var keys = new Dictionary<string, string>(ring.Keys) { [next.ToString(CultureInfo.InvariantCulture)] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(ChunkedFileFormat.KeySize)) };
            await SaveRingAsync(new RingFile(next, keys), replace: true, cancellationToken);
            _loaded = null;
            return next;
        }
        finally
        {
            Writing.Release();
        }
    }

    /// <summary>Re-wraps a file key with the current version (after <see cref="RotateAsync"/>) without touching the file.</summary>
    public async Task<WrappedFileKey> RewrapAsync(WrappedFileKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return (await LoadAsync(key.KeyVersion, cancellationToken)).Rewrap(key);
    }

    /// <summary>
    /// The versions under both the old and the new section, the new winning where both name one, so
    /// an operator who adds the next version under the new section keeps the ones under the old.
    /// </summary>
    private TenantKeys? FromConfiguration()
    {
        var keys = new Dictionary<int, byte[]>();
        var legacy = configuration.GetSection($"{FilesConfiguration.LegacySection}:{TenantKeysName}:{TenantName}").GetChildren();
        var current = configuration.GetSection($"{ConfigurationSection}:{TenantName}").GetChildren();
        foreach (var child in legacy.Concat(current))
        {
            if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
            {
                throw new InvalidOperationException($"{child.Path}: a key version must be a whole number from 1.");
            }

            var key = new byte[ChunkedFileFormat.KeySize];
            if (!Convert.TryFromBase64String(child.Value ?? "", key, out var length) || length != key.Length)
            {
                // Never echo the value: it is (nearly) a secret.
                throw new InvalidOperationException($"{child.Path} must be the base64 of 32 random bytes.");
            }

            keys[version] = key;
        }

        return keys.Count == 0 ? null : new TenantKeys(TenantName, keys, keys.Keys.Max(), fromConfiguration: true);
    }

    // The purpose from when the ring belonged to the Documents module: a new one would not open existing rings.
    private IDataProtector Protector => dataProtection.CreateProtector("Perspective.Documents.TenantKeyRing.v1", TenantName);

    private async Task<TenantKeys?> ReadRingAsync(CancellationToken cancellationToken)
    {
        if (await ReadRingFileAsync(cancellationToken) is not { } ring)
        {
            return null;
        }

        var keys = ring.Keys.ToDictionary(k => int.Parse(k.Key, CultureInfo.InvariantCulture), k => Convert.FromBase64String(k.Value));
        return new TenantKeys(TenantName, keys, ring.Current, fromConfiguration: false);
    }

    private async Task<RingFile?> ReadRingFileAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(RingPath))
        {
            return null;
        }

        var protectedBytes = await File.ReadAllBytesAsync(RingPath, cancellationToken);
        byte[] json;
        try
        {
            json = Protector.Unprotect(protectedBytes);
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException(
                $"The key ring of site '{TenantName}' cannot be opened: the host's Data Protection keys are missing or not the ones it was written with.", exception);
        }

        try
        {
            return JsonSerializer.Deserialize<RingFile>(json) ?? throw new InvalidOperationException("Empty key ring.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
        }
    }

    private async Task SaveRingAsync(RingFile ring, bool replace, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder.Keys);
        var json = JsonSerializer.SerializeToUtf8Bytes(ring);
        var temporary = RingPath + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                await file.WriteAsync(Protector.Protect(json), cancellationToken);
                file.Flush(flushToDisk: true);
            }

            if (replace)
            {
                File.Move(temporary, RingPath, overwrite: true);
            }
            else if (!File.Exists(RingPath))
            {
                // Another node may have written one meanwhile; its ring then wins and ours is dropped.
                try
                {
                    File.Move(temporary, RingPath, overwrite: false);
                }
                catch (IOException) when (File.Exists(RingPath))
                {
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
            File.Delete(temporary);
        }
    }

    /// <summary>The ring file's plaintext (only ever held in memory): the current version and each version's key, base64.</summary>
    private sealed record RingFile(int Current, Dictionary<string, string> Keys);
}
