using System.Buffers.Binary;
using System.Text;

namespace Perspective.Files.Storage;

/// <summary>
/// The on-disk layout of an encrypted file, version 1 (ADR-007):
/// <c>header = "PRSP" ‖ version (1 byte) ‖ chunk size (uint32 BE) ‖ nonce prefix (8 random bytes)</c>,
/// then chunks of <c>ciphertext ‖ 16-byte tag</c>, every chunk but the last holding exactly
/// chunk-size plaintext bytes. Chunk <c>i</c> is sealed with AES-256-GCM under the file's own key,
/// nonce <c>prefix ‖ uint32 BE i</c>, associated data <c>header ‖ uint32 BE i ‖ final (0 or 1)</c>:
/// the index stops reordering, the final flag stops truncation and extension, the header in
/// every chunk stops any change to the header.
/// </summary>
public static class ChunkedFileFormat
{
    public const byte Version = 1;
    public const int DefaultChunkSize = 64 * 1024;
    public const int MinChunkSize = 1024;
    public const int MaxChunkSize = 1024 * 1024;
    public const int HeaderSize = 17;
    public const int TagSize = 16;
    public const int NonceSize = 12;
    public const int NoncePrefixSize = 8;
    public const int KeySize = 32;
    public const int AssociatedDataSize = HeaderSize + 5;

    private static ReadOnlySpan<byte> Magic => "PRSP"u8;

    /// <summary>The stored size of a file of <paramref name="plaintextLength"/> bytes (an empty file still has one, final, chunk).</summary>
    public static long EncryptedLength(long plaintextLength, int chunkSize = DefaultChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plaintextLength);
        var chunks = Math.Max(1, (plaintextLength + chunkSize - 1) / chunkSize);
        return HeaderSize + plaintextLength + (chunks * TagSize);
    }

    internal static void WriteHeader(Span<byte> header, int chunkSize, ReadOnlySpan<byte> noncePrefix)
    {
        Magic.CopyTo(header);
        header[4] = Version;
        BinaryPrimitives.WriteUInt32BigEndian(header[5..], (uint)chunkSize);
        noncePrefix.CopyTo(header[9..]);
    }

    /// <summary>The chunk size a header declares; throws <see cref="FileTamperedException"/> for a header this version does not write.</summary>
    internal static int ReadHeader(ReadOnlySpan<byte> header)
    {
        if (header.Length != HeaderSize || !header[..4].SequenceEqual(Magic) || header[4] != Version)
        {
            throw new FileTamperedException();
        }

        var chunkSize = BinaryPrimitives.ReadUInt32BigEndian(header[5..]);
        return chunkSize is >= MinChunkSize and <= MaxChunkSize ? (int)chunkSize : throw new FileTamperedException();
    }

    internal static void Nonce(Span<byte> nonce, ReadOnlySpan<byte> header, uint index)
    {
        header.Slice(9, NoncePrefixSize).CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[NoncePrefixSize..], index);
    }

    internal static void AssociatedData(Span<byte> data, ReadOnlySpan<byte> header, uint index, bool final)
    {
        header.CopyTo(data);
        BinaryPrimitives.WriteUInt32BigEndian(data[HeaderSize..], index);
        data[HeaderSize + 4] = final ? (byte)1 : (byte)0;
    }

    /// <summary>
    /// Associated data binding a wrapped file key to its tenant and key version, so it opens nowhere
    /// else. Part of the format: it still names Documents, where the format began.
    /// </summary>
    internal static byte[] KeyWrapAssociatedData(string tenant, int keyVersion) =>
        Encoding.UTF8.GetBytes($"Perspective.Documents file key v1|{tenant}|{keyVersion}");
}
