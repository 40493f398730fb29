using System.Security.Cryptography;

namespace Perspective.Files.Storage;

/// <summary>
/// One tenant's key-encryption keys at a moment: every version, and the current one that wraps new
/// file keys. A file key is wrapped with AES-256-GCM: <c>nonce (12) ‖ wrapped key (32) ‖ tag (16)</c>,
/// base64, with the tenant's name and the key version as associated data.
/// </summary>
public sealed class TenantKeys
{
    private readonly string _tenant;
    private readonly IReadOnlyDictionary<int, byte[]> _keys;

    internal TenantKeys(string tenant, IReadOnlyDictionary<int, byte[]> keys, int current, bool fromConfiguration)
    {
        if (!keys.ContainsKey(current))
        {
            throw new ArgumentException("The current version must be one of the keys.", nameof(current));
        }

        _tenant = tenant;
        _keys = keys;
        CurrentVersion = current;
        FromConfiguration = fromConfiguration;
    }

    public int CurrentVersion { get; }

    public IReadOnlyCollection<int> Versions => [.. _keys.Keys.Order()];

    /// <summary>Whether the keys come from configuration (rotated by adding a version there) rather than the ring file.</summary>
    public bool FromConfiguration { get; }

    public bool Holds(int version) => _keys.ContainsKey(version);

    /// <summary>Wraps a file key with the current version.</summary>
    public WrappedFileKey Wrap(ReadOnlySpan<byte> fileKey)
    {
        if (fileKey.Length != ChunkedFileFormat.KeySize)
        {
            throw new ArgumentException("A file key is 32 bytes.", nameof(fileKey));
        }

        var wrapped = new byte[ChunkedFileFormat.NonceSize + ChunkedFileFormat.KeySize + ChunkedFileFormat.TagSize];
        RandomNumberGenerator.Fill(wrapped.AsSpan(0, ChunkedFileFormat.NonceSize));
        using var aes = new AesGcm(_keys[CurrentVersion], ChunkedFileFormat.TagSize);
        aes.Encrypt(
            wrapped.AsSpan(0, ChunkedFileFormat.NonceSize),
            fileKey,
            wrapped.AsSpan(ChunkedFileFormat.NonceSize, ChunkedFileFormat.KeySize),
            wrapped.AsSpan(ChunkedFileFormat.NonceSize + ChunkedFileFormat.KeySize),
            ChunkedFileFormat.KeyWrapAssociatedData(_tenant, CurrentVersion));
        return new WrappedFileKey(Convert.ToBase64String(wrapped), CurrentVersion);
    }

    /// <summary>
    /// The file key, which the caller clears after use. Throws <see cref="FileTamperedException"/>
    /// when the wrapped key is malformed, of a version this ring lacks, or was wrapped for another tenant.
    /// </summary>
    public byte[] Unwrap(WrappedFileKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_keys.TryGetValue(key.KeyVersion, out var keyEncryptionKey))
        {
            throw new FileTamperedException($"The file's key was wrapped with key version {key.KeyVersion}, which this site's key ring does not hold.");
        }

        var wrapped = new byte[ChunkedFileFormat.NonceSize + ChunkedFileFormat.KeySize + ChunkedFileFormat.TagSize];
        if (!Convert.TryFromBase64String(key.WrappedKey, wrapped, out var length) || length != wrapped.Length)
        {
            throw new FileTamperedException();
        }

        var fileKey = new byte[ChunkedFileFormat.KeySize];
        try
        {
            using var aes = new AesGcm(keyEncryptionKey, ChunkedFileFormat.TagSize);
            aes.Decrypt(
                wrapped.AsSpan(0, ChunkedFileFormat.NonceSize),
                wrapped.AsSpan(ChunkedFileFormat.NonceSize, ChunkedFileFormat.KeySize),
                wrapped.AsSpan(ChunkedFileFormat.NonceSize + ChunkedFileFormat.KeySize),
                fileKey,
                ChunkedFileFormat.KeyWrapAssociatedData(_tenant, key.KeyVersion));
            return fileKey;
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new FileTamperedException("The file's key does not open with this site's key ring.", exception);
        }
    }

    /// <summary>The same file key wrapped with the current version; the file itself is untouched.</summary>
    public WrappedFileKey Rewrap(WrappedFileKey key)
    {
        var fileKey = Unwrap(key);
        try
        {
            return Wrap(fileKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }
    }
}
