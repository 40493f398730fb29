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
public sealed class DecryptingStream : ChunkedCipherStream
{
    private byte[] _cipher = [];
    private byte[] _plain = [];
    private bool _headerRead;
    private bool _failed;

    public DecryptingStream(Stream source, ReadOnlySpan<byte> fileKey)
        : base(source, fileKey)
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CryptographicOperations.ZeroMemory(_plain);
            Source.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        CryptographicOperations.ZeroMemory(_plain);
        await Source.DisposeAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    // Pooled: a file is thousands of chunks, and each read that completes later would otherwise allocate its state machine.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private protected override async ValueTask ProduceAsync(bool useAsync, CancellationToken cancellationToken)
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
                if (await FillAsync(Header, useAsync, cancellationToken) != Header.Length)
                {
                    throw new FileTamperedException();
                }

                var chunkSize = ChunkedFileFormat.ReadHeader(Header);
                _cipher = new byte[chunkSize + ChunkedFileFormat.TagSize];
                _plain = new byte[chunkSize];
                _headerRead = true;
            }

            var (length, final) = await ReadChunkAsync(_cipher, useAsync, cancellationToken);

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
        Frame(nonce, associated, final);
        try
        {
            Aes.Decrypt(nonce, _cipher.AsSpan(0, plainLength), _cipher.AsSpan(plainLength, ChunkedFileFormat.TagSize), _plain.AsSpan(0, plainLength), associated);
        }
        catch (AuthenticationTagMismatchException exception)
        {
            // AesGcm already clears the output on failure; clearing again costs nothing and does not depend on it.
            CryptographicOperations.ZeroMemory(_plain);
            ClearOutput();
            throw new FileTamperedException("The file has been changed or damaged since it was stored, so it cannot be opened.", exception);
        }

        Emit(_plain, plainLength);
        Advance(final);
    }
}
