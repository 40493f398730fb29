using System.Security.Cryptography;
using Perspective.Core.Files;

namespace Perspective.Files.Storage;

/// <summary>
/// The tenant's files, encrypted at rest: each file under a fresh random 256-bit key, in
/// AES-GCM chunks (<see cref="ChunkedFileFormat"/>), that key wrapped by the tenant's key ring.
/// Writing and reading both stream; the caller keeps the returned <see cref="EncryptedFile"/>.
/// </summary>
public sealed class EncryptedFiles(IBlobStore blobs, TenantKeyRing keyRing)
{
    /// <summary>
    /// Encrypts and stores <paramref name="plaintext"/>. Throws <see cref="BlobTooLargeException"/> as
    /// soon as more than <paramref name="maxBytes"/> plaintext bytes arrive, storing nothing.
    /// </summary>
    public async Task<EncryptedFile> WriteAsync(Stream plaintext, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var keys = await keyRing.LoadAsync(cancellationToken);
        var fileKey = RandomNumberGenerator.GetBytes(ChunkedFileFormat.KeySize);
        try
        {
            var wrapped = keys.Wrap(fileKey);
            await using var encrypting = new EncryptingStream(plaintext, fileKey, maxBytes);
            var blob = await blobs.WriteAsync(encrypting, ChunkedFileFormat.EncryptedLength(maxBytes), cancellationToken);
            return new EncryptedFile(blob.StorageName, wrapped.WrappedKey, wrapped.KeyVersion, encrypting.PlaintextLength, encrypting.Sha256OfPlaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }
    }

    /// <summary>
    /// The file's plaintext as a stream decrypted while it is read. Throws
    /// <see cref="FileTamperedException"/> here when the key does not unwrap, and from the stream's
    /// reads when a chunk fails or the file ends early.
    /// </summary>
    public Task<Stream> OpenReadAsync(EncryptedFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return OpenReadAsync(file.StorageName, file.Key, cancellationToken);
    }

    public async Task<Stream> OpenReadAsync(string storageName, WrappedFileKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var fileKey = (await keyRing.LoadAsync(key.KeyVersion, cancellationToken)).Unwrap(key);
        try
        {
            var ciphertext = await blobs.OpenReadAsync(storageName, cancellationToken);
            return new DecryptingStream(ciphertext, fileKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }
    }

    public Task DeleteAsync(string storageName, CancellationToken cancellationToken = default) =>
        blobs.DeleteAsync(storageName, cancellationToken);

    public Task<bool> ExistsAsync(string storageName, CancellationToken cancellationToken = default) =>
        blobs.ExistsAsync(storageName, cancellationToken);

    /// <summary>The record with its key re-wrapped by the current tenant key; the stored bytes are not touched.</summary>
    public async Task<EncryptedFile> RewrapAsync(EncryptedFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var rewrapped = await keyRing.RewrapAsync(file.Key, cancellationToken);
        return file with { WrappedKey = rewrapped.WrappedKey, KeyVersion = rewrapped.KeyVersion };
    }
}
