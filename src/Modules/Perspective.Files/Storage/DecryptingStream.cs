using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Perspective.Files.Storage;

/// <summary>
/// A read-only stream of the plaintext of an encrypted file (<see cref="ChunkedFileFormat"/>),
/// decrypted chunk by chunk as it is read: memory is one ciphertext and one plaintext chunk
/// whatever the file's size. A chunk's plaintext is released only after its tag has been checked;
/// any failure, or the stream ending before the chunk marked final, throws
/// <see cref="FileTamperedException"/>. Readers that stop early have seen only authentic chunks,
/// but only a reader that reaches the end knows the file was whole.
/// </summary>
public sealed class DecryptingStream : Stream
{
    private readonly Stream _source;
    private readonly AesGcm _aes;
    private readonly byte[] _header = new byte[ChunkedFileFormat.HeaderSize];
    private readonly byte[] _lookahead = new byte[1];
    private byte[] _cipher = [];
    private byte[] _plain = [];
    private int _plainStart;
    private int _plainEnd;
    private bool _headerRead;
    private bool _finished;
    private bool _failed;
    private bool _hasLookahead;
    private uint _chunkIndex;

    public DecryptingStream(Stream source, ReadOnlySpan<byte> fileKey)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _aes = new AesGcm(fileKey, ChunkedFileFormat.TagSize);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_plainStart == _plainEnd && !_finished)
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
        // Loops because a chunk may be empty (the final chunk of a file whose length is a multiple of the chunk size never is, but an empty file's is).
        while (_plainStart == _plainEnd && !_finished)
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
            CryptographicOperations.ZeroMemory(_plain);
            _source.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        _aes.Dispose();
        CryptographicOperations.ZeroMemory(_plain);
        await _source.DisposeAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private int Drain(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _plainEnd - _plainStart);
        _plain.AsSpan(_plainStart, count).CopyTo(buffer);
        _plainStart += count;
        return count;
    }

    // Pooled: a file is thousands of chunks, and each read that completes later would otherwise allocate its state machine.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask ProduceAsync(bool useAsync, CancellationToken cancellationToken)
    {
        // Once a chunk has failed, nothing after it is trusted either.
        if (_failed)
        {
            throw new FileTamperedException();
        }

        try
        {
            if (!_headerRead)
            {
                if (await FillAsync(_header, useAsync, cancellationToken) != _header.Length)
                {
                    throw new FileTamperedException();
                }

                var chunkSize = ChunkedFileFormat.ReadHeader(_header);
                _cipher = new byte[chunkSize + ChunkedFileFormat.TagSize];
                _plain = new byte[chunkSize];
                _headerRead = true;
            }

            var length = 0;
            if (_hasLookahead)
            {
                _cipher[0] = _lookahead[0];
                length = 1;
                _hasLookahead = false;
            }

            length += await FillAsync(_cipher.AsMemory(length), useAsync, cancellationToken);
            var final = true;
            if (length == _cipher.Length && await FillAsync(_lookahead, useAsync, cancellationToken) == 1)
            {
                _hasLookahead = true;
                final = false;
            }

            // Zero bytes here means the stream ended before a chunk marked final: cut short.
            if (length < ChunkedFileFormat.TagSize)
            {
                throw new FileTamperedException();
            }

            Open(length, final);
        }
        catch (FileTamperedException)
        {
            _failed = true;
            throw;
        }
    }

    private void Open(int length, bool final)
    {
        var plainLength = length - ChunkedFileFormat.TagSize;
        Span<byte> nonce = stackalloc byte[ChunkedFileFormat.NonceSize];
        Span<byte> associated = stackalloc byte[ChunkedFileFormat.AssociatedDataSize];
        ChunkedFileFormat.Nonce(nonce, _header, _chunkIndex);
        ChunkedFileFormat.AssociatedData(associated, _header, _chunkIndex, final);
        try
        {
            _aes.Decrypt(nonce, _cipher.AsSpan(0, plainLength), _cipher.AsSpan(plainLength, ChunkedFileFormat.TagSize), _plain.AsSpan(0, plainLength), associated);
        }
        catch (AuthenticationTagMismatchException exception)
        {
            // AesGcm already clears the output on failure; clearing again costs nothing and does not depend on it.
            CryptographicOperations.ZeroMemory(_plain);
            _plainStart = _plainEnd = 0;
            throw new FileTamperedException("The file has been changed or damaged since it was stored, so it cannot be opened.", exception);
        }

        _plainStart = 0;
        _plainEnd = plainLength;
        if (final)
        {
            _finished = true;
        }
        else
        {
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
        }

        return total;
    }
}
