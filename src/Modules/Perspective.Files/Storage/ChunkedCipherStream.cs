using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Perspective.Files.Storage;

/// <summary>
/// What <see cref="EncryptingStream"/> and <see cref="DecryptingStream"/> share: a read-only,
/// forward-only stream that hands out one produced chunk at a time, reads its source in whole
/// chunks with one byte of look-ahead to tell the final chunk, and frames chunk <c>i</c> of
/// <see cref="ChunkedFileFormat"/> (its nonce and associated data) under the file's key.
/// </summary>
public abstract class ChunkedCipherStream : Stream
{
    private readonly Stream _source;
    private readonly byte[] _lookahead = new byte[1];
    private bool _hasLookahead;
    private byte[] _output = [];
    private int _outputStart;
    private int _outputEnd;

    private protected ChunkedCipherStream(Stream source, ReadOnlySpan<byte> fileKey)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Aes = new AesGcm(fileKey, ChunkedFileFormat.TagSize);
    }

    public sealed override bool CanRead => true;

    public sealed override bool CanSeek => false;

    public sealed override bool CanWrite => false;

    public sealed override long Length => throw new NotSupportedException();

    public sealed override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The file's key, for sealing or opening every chunk.</summary>
    private protected AesGcm Aes { get; }

    /// <summary>The file's header: written by the encrypting side, read by the decrypting side.</summary>
    private protected byte[] Header { get; } = new byte[ChunkedFileFormat.HeaderSize];

    /// <summary>The source, for the decrypting side to dispose with itself.</summary>
    private protected Stream Source => _source;

    /// <summary>Whether the chunk marked final has been produced: nothing more will be.</summary>
    private protected bool Finished { get; private set; }

    private uint ChunkIndex { get; set; }

    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public sealed override int Read(Span<byte> buffer)
    {
        while (_outputStart == _outputEnd && !Finished)
        {
            ProduceAsync(useAsync: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return Drain(buffer);
    }

    public sealed override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public sealed override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // Loops because a chunk may be empty (an empty file's one chunk is).
        while (_outputStart == _outputEnd && !Finished)
        {
            await ProduceAsync(useAsync: true, cancellationToken);
        }

        return Drain(buffer.Span);
    }

    public sealed override void Flush()
    {
    }

    public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public sealed override void SetLength(long value) => throw new NotSupportedException();

    public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Makes the next output: the header or a chunk, handed over with <see cref="Emit"/>.</summary>
    private protected abstract ValueTask ProduceAsync(bool useAsync, CancellationToken cancellationToken);

    /// <summary>Called with the count of each read from the source, before it is used.</summary>
    private protected virtual void OnSourceRead(int count)
    {
    }

    /// <summary>The first <paramref name="length"/> bytes of <paramref name="buffer"/> are what the reader gets next.</summary>
    private protected void Emit(byte[] buffer, int length)
    {
        _output = buffer;
        _outputStart = 0;
        _outputEnd = length;
    }

    /// <summary>Drops output not yet read (a chunk that failed to open).</summary>
    private protected void ClearOutput() => _outputStart = _outputEnd = 0;

    /// <summary>
    /// Fills <paramref name="chunk"/> from the source, as far as it goes. The chunk is final when the
    /// source ends inside it, or right after it: one byte is read ahead to tell, and is the start
    /// of the next chunk.
    /// </summary>
    private protected async ValueTask<(int Length, bool Final)> ReadChunkAsync(byte[] chunk, bool useAsync, CancellationToken cancellationToken)
    {
        var length = 0;
        if (_hasLookahead)
        {
            chunk[0] = _lookahead[0];
            length = 1;
            _hasLookahead = false;
        }

        length += await FillAsync(chunk.AsMemory(length), useAsync, cancellationToken);
        var final = true;
        if (length == chunk.Length && await FillAsync(_lookahead, useAsync, cancellationToken) == 1)
        {
            _hasLookahead = true;
            final = false;
        }

        return (length, final);
    }

    /// <summary>The nonce and associated data of the current chunk.</summary>
    private protected void Frame(Span<byte> nonce, Span<byte> associated, bool final)
    {
        ChunkedFileFormat.Nonce(nonce, Header, ChunkIndex);
        ChunkedFileFormat.AssociatedData(associated, Header, ChunkIndex, final);
    }

    /// <summary>Moves past a chunk that has been sealed or opened.</summary>
    private protected void Advance(bool final)
    {
        if (final)
        {
            Finished = true;
        }
        else
        {
            // 2^32 chunks of 64 KiB is 256 TiB; the counter must never wrap and repeat a nonce.
            ChunkIndex = checked(ChunkIndex + 1);
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the source ends; returns how many bytes came.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private protected async ValueTask<int> FillAsync(Memory<byte> buffer, bool useAsync, CancellationToken cancellationToken)
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
            OnSourceRead(read);
        }

        return total;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Aes.Dispose();
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
}
