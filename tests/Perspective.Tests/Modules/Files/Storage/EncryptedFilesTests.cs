using System.Security.Cryptography;
using System.Text;
using Perspective.Core.Files;
using Perspective.Files.Storage;
using static Perspective.Tests.Modules.Files.Storage.StorageData;

namespace Perspective.Tests.Modules.Files.Storage;

public sealed class EncryptedFilesTests : IDisposable
{
    private readonly StorageSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData(Chunk + 1)]
    [InlineData((3 * 1024 * 1024) + 17)]
    public async Task WriteThenRead_OfAnySize_GivesBackTheSameBytes(int size)
    {
        var plaintext = Plaintext(size);
        var files = _sandbox.Files();

        var stored = await files.WriteAsync(new MemoryStream(plaintext), maxBytes: size);
        var read = await files.ReadAllAsync(stored);

        Assert.Equal(plaintext, read);
        Assert.Equal(size, stored.PlaintextLength);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(plaintext)), stored.Sha256OfPlaintext);
        Assert.Equal(ChunkedFileFormat.EncryptedLength(size), new FileInfo(_sandbox.PathOf(stored.StorageName)).Length);
    }

    [Fact]
    public async Task Read_ThroughTheSynchronousApi_GivesBackTheSameBytes()
    {
        var plaintext = Plaintext((2 * Chunk) + 5);
        var files = _sandbox.Files();
        var stored = await files.WriteAsync(new MemoryStream(plaintext), maxBytes: plaintext.Length);

        await using var stream = await files.OpenReadAsync(stored);
        using var copy = new MemoryStream();
#pragma warning disable CA1849 // The synchronous path is what this test is about.
        stream.CopyTo(copy);
#pragma warning restore CA1849

        Assert.Equal(plaintext, copy.ToArray());
    }

    [Fact]
    public async Task BytesOnDisk_DifferFromThePlaintext_AndDoNotContainIt()
    {
        var marker = Encoding.ASCII.GetBytes("RISK-CATEGORY-LETTER-MARKER-0123456789");
        var plaintext = Enumerable.Repeat(marker, 5000).SelectMany(b => b).ToArray();
        var files = _sandbox.Files();

        var stored = await files.WriteAsync(new MemoryStream(plaintext), maxBytes: plaintext.Length);
        var onDisk = await File.ReadAllBytesAsync(_sandbox.PathOf(stored.StorageName));

        Assert.NotEqual(plaintext, onDisk[ChunkedFileFormat.HeaderSize..(ChunkedFileFormat.HeaderSize + plaintext.Length)]);
        Assert.Equal(-1, onDisk.AsSpan().IndexOf(marker));
        Assert.Equal(-1, onDisk.AsSpan().IndexOf(marker.AsSpan(0, 12)));
    }

    [Fact]
    public async Task StorageName_IsGenerated_AndEveryFileHasItsOwnKey()
    {
        var files = _sandbox.Files();
        var plaintext = Plaintext(100);

        var first = await files.WriteAsync(new MemoryStream(plaintext), 100);
        var second = await files.WriteAsync(new MemoryStream(plaintext), 100);

        Assert.True(StorageNames.IsWellFormed(first.StorageName));
        Assert.NotEqual(first.StorageName, second.StorageName);
        Assert.NotEqual(first.WrappedKey, second.WrappedKey);
        var a = await File.ReadAllBytesAsync(_sandbox.PathOf(first.StorageName));
        var b = await File.ReadAllBytesAsync(_sandbox.PathOf(second.StorageName));
        Assert.NotEqual(a[ChunkedFileFormat.HeaderSize..], b[ChunkedFileFormat.HeaderSize..]);
    }

    public static TheoryData<string> FlippedBytes => new()
    {
        "magic", "version", "chunk size", "nonce prefix", "first chunk", "middle chunk", "tag of the last chunk",
    };

    [Theory]
    [MemberData(nameof(FlippedBytes))]
    public async Task Read_WithAFlippedByte_FailsAsTampered(string where)
    {
        var (files, stored, path) = await FourChunkFileAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        var at = where switch
        {
            "magic" => 0,
            "version" => 4,
            "chunk size" => 7,
            "nonce prefix" => 12,
            "first chunk" => ChunkedFileFormat.HeaderSize + 10,
            "middle chunk" => ChunkedFileFormat.HeaderSize + (2 * (Chunk + 16)) + 1000,
            _ => bytes.Length - 1,
        };
        bytes[at] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        await Assert.ThrowsAsync<FileTamperedException>(() => files.ReadAllAsync(stored));
    }

    [Fact]
    public async Task Read_OfATamperedChunk_ReleasesOnlyTheAuthenticChunksBeforeIt()
    {
        var (files, stored, path) = await FourChunkFileAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[ChunkedFileFormat.HeaderSize + (2 * (Chunk + 16)) + 5] ^= 0x80;
        await File.WriteAllBytesAsync(path, bytes);

        await using var stream = await files.OpenReadAsync(stored);
        var received = new MemoryStream();
        var buffer = new byte[1000];
        await Assert.ThrowsAsync<FileTamperedException>(async () =>
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        });

        Assert.Equal(2 * Chunk, received.Length);
        Assert.Equal(Plaintext((3 * Chunk) + 10)[..(2 * Chunk)], received.ToArray());
        // And it stays failed: a retry on the same stream does not skip the bad chunk.
        await Assert.ThrowsAsync<FileTamperedException>(async () => _ = await stream.ReadAsync(buffer));
    }

    public static TheoryData<string> Truncations => new() { "drop the last chunk", "cut mid-chunk", "header only", "empty file", "cut inside the header" };

    [Theory]
    [MemberData(nameof(Truncations))]
    public async Task Read_OfATruncatedFile_FailsAsTampered(string how)
    {
        var (files, stored, path) = await FourChunkFileAsync();
        var length = new FileInfo(path).Length;
        var keep = how switch
        {
            "drop the last chunk" => length - (10 + 16),
            "cut mid-chunk" => ChunkedFileFormat.HeaderSize + (Chunk + 16) + (Chunk / 2),
            "header only" => ChunkedFileFormat.HeaderSize,
            "empty file" => 0,
            _ => 9,
        };
        await using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(keep);
        }

        await Assert.ThrowsAsync<FileTamperedException>(() => files.ReadAllAsync(stored));
    }

    [Fact]
    public async Task Read_OfAFileWhoseLastFullChunkWasDropped_FailsAsTampered()
    {
        // A file of exactly two chunks: dropping the second leaves a whole, valid-looking first chunk.
        var files = _sandbox.Files();
        var stored = await files.WriteAsync(new MemoryStream(Plaintext(2 * Chunk)), 2 * Chunk);
        var path = _sandbox.PathOf(stored.StorageName);
        await using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(ChunkedFileFormat.HeaderSize + Chunk + 16);
        }

        await Assert.ThrowsAsync<FileTamperedException>(() => files.ReadAllAsync(stored));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(Chunk + 16)]
    public async Task Read_OfAFileWithBytesAppended_FailsAsTampered(int extra)
    {
        var (files, stored, path) = await FourChunkFileAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        // Appending a copy of a real chunk is the strongest extension: its own tag is valid for its own position.
        var appended = extra == Chunk + 16 ? bytes[ChunkedFileFormat.HeaderSize..(ChunkedFileFormat.HeaderSize + extra)] : new byte[extra];
        await File.WriteAllBytesAsync(path, [.. bytes, .. appended]);

        await Assert.ThrowsAsync<FileTamperedException>(() => files.ReadAllAsync(stored));
    }

    [Fact]
    public async Task Read_WithTwoChunksSwapped_FailsAsTampered()
    {
        var (files, stored, path) = await FourChunkFileAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        var size = Chunk + 16;
        var first = ChunkedFileFormat.HeaderSize;
        var second = first + size;
        var swapped = bytes.ToArray();
        bytes.AsSpan(second, size).CopyTo(swapped.AsSpan(first));
        bytes.AsSpan(first, size).CopyTo(swapped.AsSpan(second));
        await File.WriteAllBytesAsync(path, swapped);

        await Assert.ThrowsAsync<FileTamperedException>(() => files.ReadAllAsync(stored));
    }

    [Fact]
    public async Task Read_OfAnotherFilesBlobUnderThisRecord_FailsAsTampered()
    {
        var files = _sandbox.Files();
        var mine = await files.WriteAsync(new MemoryStream(Plaintext(500, seed: 1)), 500);
        var theirs = await files.WriteAsync(new MemoryStream(Plaintext(500, seed: 2)), 500);

        await Assert.ThrowsAsync<FileTamperedException>(() => files.ReadAllAsync(mine with { StorageName = theirs.StorageName }));
    }

    [Fact]
    public async Task Write_OverMaxBytes_ThrowsAndLeavesNoFileAndNoPartial()
    {
        var files = _sandbox.Files();

        await Assert.ThrowsAsync<BlobTooLargeException>(() => files.WriteAsync(new MemoryStream(Plaintext((2 * Chunk) + 1)), maxBytes: 2 * Chunk));

        Assert.Empty(_sandbox.FilesIn());
    }

    [Fact]
    public async Task Write_OfAnEndlessStream_ThrowsAsSoonAsTheLimitIsPassed()
    {
        var files = _sandbox.Files();
        var source = new EndlessStream();

        await Assert.ThrowsAsync<BlobTooLargeException>(() => files.WriteAsync(source, maxBytes: 1024 * 1024));

        // It stopped reading within a chunk or so of the limit, rather than reading on.
        Assert.InRange(source.Served, (1024 * 1024) + 1, (1024 * 1024) + (2 * Chunk));
        Assert.Empty(_sandbox.FilesIn());
    }

    [Fact]
    public async Task Write_OfExactlyMaxBytes_IsStored()
    {
        var files = _sandbox.Files();

        var stored = await files.WriteAsync(new MemoryStream(Plaintext(Chunk)), maxBytes: Chunk);

        Assert.True(await files.ExistsAsync(stored.StorageName));
    }

    [Fact]
    public async Task Delete_RemovesTheBlob()
    {
        var files = _sandbox.Files();
        var stored = await files.WriteAsync(new MemoryStream(Plaintext(10)), 10);

        await files.DeleteAsync(stored.StorageName);

        Assert.False(await files.ExistsAsync(stored.StorageName));
        Assert.Empty(_sandbox.FilesIn());
    }

    [Fact]
    public async Task Open_WithAMalformedWrappedKey_FailsAsTampered()
    {
        var files = _sandbox.Files();
        var stored = await files.WriteAsync(new MemoryStream(Plaintext(10)), 10);

        await Assert.ThrowsAsync<FileTamperedException>(() => files.ReadAllAsync(stored with { WrappedKey = "not base64!" }));
        await Assert.ThrowsAsync<FileTamperedException>(() => files.ReadAllAsync(stored with { WrappedKey = Convert.ToBase64String(new byte[60]) }));
        await Assert.ThrowsAsync<FileTamperedException>(() => files.ReadAllAsync(stored with { KeyVersion = 7 }));
    }

    private async Task<(EncryptedFiles Files, EncryptedFile Stored, string Path)> FourChunkFileAsync()
    {
        var files = _sandbox.Files();
        var plaintext = Plaintext((3 * Chunk) + 10);
        var stored = await files.WriteAsync(new MemoryStream(plaintext), plaintext.Length);
        return (files, stored, _sandbox.PathOf(stored.StorageName));
    }

    /// <summary>A source that never ends, counting what it served.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(0x41);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
