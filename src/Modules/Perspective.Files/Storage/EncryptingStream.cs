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
public sealed class EncryptingStream : Stream
{
    private readonly Stream _source;
    private readonly long _maxBytes;
    private readonly AesGcm _aes;
    private readonly byte[] _header = new byte[ChunkedFileFormat.HeaderSize];
    private readonly byte[] _plain;
    private readonly byte[] _output;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _outputStart;
    private int _outputEnd;
    private bool _headerSent;
    private bool _finished;
    private uint _chunkIndex;
    private bool _hasLookahead;
    private readonly byte[] _lookahead = new byte[1];
    private long _read;

    public EncryptingStream(Stream source, ReadOnlySpan<byte> fileKey, long maxBytes, int chunkSize = ChunkedFileFormat.DefaultChunkSize)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, ChunkedFileFormat.MinChunkSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkSize, ChunkedFileFormat.MaxChunkSize);
        _source = source;
        _maxBytes = maxBytes;
        _aes = new AesGcm(fileKey, ChunkedFileFormat.TagSize);
        _plain = new byte[chunkSize];
        _output = new byte[chunkSize + ChunkedFileFormat.TagSize];
        ChunkedFileFormat.WriteHeader(_header, chunkSize, RandomNumberGenerator.GetBytes(ChunkedFileFormat.NoncePrefixSize));
    }

    /// <summary>Plaintext bytes encrypted so far; the file's length once the stream has ended.</summary>
    public long PlaintextLength { get; private set; }

    /// <summary>The plaintext's SHA-256, lower-case hex; available once the stream has ended.</summary>
    public string Sha256OfPlaintext { get; private set; } = "";

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_outputStart == _outputEnd && !_finished)
        {
            ProduceAsync(useAsync: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return Drain(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_outputStart == _outputEnd && !_finished)
        {
            await ProduceAsync(useAsync: true, cancellationToken);
        }

        return Drain(buffer.Span);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
            _sha256.Dispose();
            CryptographicOperations.ZeroMemory(_plain);
        }

        base.Dispose(disposing);
    }

    private int Drain(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _outputEnd - _outputStart);
        _output.AsSpan(_outputStart, count).CopyTo(buffer);
        _outputStart += count;
        return count;
    }

    // Pooled: a file is thousands of chunks, and each read that completes later would otherwise allocate its state machine.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask ProduceAsync(bool useAsync, CancellationToken cancellationToken)
    {
        _outputStart = 0;
        if (!_headerSent)
        {
            _header.CopyTo(_output, 0);
            _outputEnd = _header.Length;
            _headerSent = true;
            return;
        }

        var length = 0;
        if (_hasLookahead)
        {
            _plain[0] = _lookahead[0];
            length = 1;
            _hasLookahead = false;
        }

        length += await FillAsync(_plain.AsMemory(length), useAsync, cancellationToken);
        var final = true;
        if (length == _plain.Length)
        {
            if (await FillAsync(_lookahead, useAsync, cancellationToken) == 1)
            {
                _hasLookahead = true;
                final = false;
            }
        }

        Seal(length, final);
    }

    private void Seal(int length, bool final)
    {
        Span<byte> nonce = stackalloc byte[ChunkedFileFormat.NonceSize];
        Span<byte> associated = stackalloc byte[ChunkedFileFormat.AssociatedDataSize];
        ChunkedFileFormat.Nonce(nonce, _header, _chunkIndex);
        ChunkedFileFormat.AssociatedData(associated, _header, _chunkIndex, final);
        _aes.Encrypt(nonce, _plain.AsSpan(0, length), _output.AsSpan(0, length), _output.AsSpan(length, ChunkedFileFormat.TagSize), associated);
        _sha256.AppendData(_plain, 0, length);
        PlaintextLength += length;
        _outputEnd = length + ChunkedFileFormat.TagSize;

        if (final)
        {
            _finished = true;
            Sha256OfPlaintext = Convert.ToHexStringLower(_sha256.GetHashAndReset());
        }
        else
        {
            // 2^32 chunks of 64 KiB is 256 TiB; the counter must never wrap and repeat a nonce.
            _chunkIndex = checked(_chunkIndex + 1);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> FillAsync(Memory<byte> buffer, bool useAsync, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = useAsync
                ? await _source.ReadAsync(buffer[total..], cancellationToken)
                : _source.Read(buffer.Span[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
            _read += read;
            if (_read > _maxBytes)
            {
                throw new BlobTooLargeException(_maxBytes);
            }
        }

        return total;
    }
}
