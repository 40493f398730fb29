using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Perspective.Core.Files;

namespace Perspective.Files.Storage;

/// <summary>
/// A read-only stream of the encrypted form (<see cref="ChunkedFileFormat"/>) of another stream,
/// made chunk by chunk as it is read: memory is one plaintext and one ciphertext chunk whatever
/// the file's size. It reads one byte ahead to know which chunk is the last. It throws
/// <see cref="BlobTooLargeException"/> as soon as the source yields more than the allowed bytes,
/// and meanwhile counts and hashes the plaintext.
/// </summary>
public sealed class EncryptingStream : ChunkedCipherStream
{
    private readonly long _maxBytes;
    private readonly byte[] _plain;
    private readonly byte[] _output;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool _headerSent;
    private long _read;

    public EncryptingStream(Stream source, ReadOnlySpan<byte> fileKey, long maxBytes, int chunkSize = ChunkedFileFormat.DefaultChunkSize)
        : base(source, fileKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, ChunkedFileFormat.MinChunkSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkSize, ChunkedFileFormat.MaxChunkSize);
        _maxBytes = maxBytes;
        _plain = new byte[chunkSize];
        _output = new byte[chunkSize + ChunkedFileFormat.TagSize];
        ChunkedFileFormat.WriteHeader(Header, chunkSize, RandomNumberGenerator.GetBytes(ChunkedFileFormat.NoncePrefixSize));
    }

    /// <summary>Plaintext bytes encrypted so far; the file's length once the stream has ended.</summary>
    public long PlaintextLength { get; private set; }

    /// <summary>The plaintext's SHA-256, lower-case hex; available once the stream has ended.</summary>
    public string Sha256OfPlaintext { get; private set; } = "";

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
            CryptographicOperations.ZeroMemory(_plain);
        }

        base.Dispose(disposing);
    }

    // Pooled: a file is thousands of chunks, and each read that completes later would otherwise allocate its state machine.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private protected override async ValueTask ProduceAsync(bool useAsync, CancellationToken cancellationToken)
    {
        if (!_headerSent)
        {
            Emit(Header, Header.Length);
            _headerSent = true;
            return;
        }

        var (length, final) = await ReadChunkAsync(_plain, useAsync, cancellationToken);
        Seal(length, final);
    }

    private protected override void OnSourceRead(int count)
    {
        _read += count;
        if (_read > _maxBytes)
        {
            throw new BlobTooLargeException(_maxBytes);
        }
    }

    private void Seal(int length, bool final)
    {
        Span<byte> nonce = stackalloc byte[ChunkedFileFormat.NonceSize];
        Span<byte> associated = stackalloc byte[ChunkedFileFormat.AssociatedDataSize];
        Frame(nonce, associated, final);
        Aes.Encrypt(nonce, _plain.AsSpan(0, length), _output.AsSpan(0, length), _output.AsSpan(length, ChunkedFileFormat.TagSize), associated);
        _sha256.AppendData(_plain, 0, length);
        PlaintextLength += length;
        Emit(_output, length + ChunkedFileFormat.TagSize);

        if (final)
        {
            Sha256OfPlaintext = Convert.ToHexStringLower(_sha256.GetHashAndReset());
        }

        Advance(final);
    }
}
