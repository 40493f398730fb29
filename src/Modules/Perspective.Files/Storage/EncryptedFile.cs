namespace Perspective.Files.Storage;

/// <summary>
/// What the caller stores for an encrypted file (the storage itself keeps no table): the blob's
/// generated name, its file key wrapped by the tenant key of <paramref name="KeyVersion"/>, and the
/// plaintext's length and SHA-256 (lower-case hex) for Content-Length and integrity records.
/// </summary>
public sealed record EncryptedFile(string StorageName, string WrappedKey, int KeyVersion, long PlaintextLength, string Sha256OfPlaintext)
{
    public WrappedFileKey Key => new(WrappedKey, KeyVersion);
}

/// <summary>A file key wrapped (AES-GCM) by version <paramref name="KeyVersion"/> of the tenant's key ring, base64.</summary>
public sealed record WrappedFileKey(string WrappedKey, int KeyVersion);
