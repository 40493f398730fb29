using Perspective.Core.Files;
using Perspective.Files.Storage;
using static Perspective.Tests.Modules.Files.Storage.StorageData;

namespace Perspective.Tests.Modules.Files.Storage;

public sealed class CrashSafetyTests : IDisposable
{
    private readonly StorageSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task AWriteInProgress_IsOnlyAPartialFile_UntilItIsComplete()
    {
        string[]? seenHalfWay = null;
        var source = new DyingStream(Plaintext(4 * Chunk), dieAt: 2 * Chunk, atDeath: () => seenHalfWay = _sandbox.FilesIn(), die: false);

        var stored = await _sandbox.Files().WriteAsync(source, 4 * Chunk);

        Assert.NotNull(seenHalfWay);
        Assert.EndsWith(LocalFolderBlobStore.PartialExtension, Assert.Single(seenHalfWay));
        Assert.Equal([stored.StorageName + LocalFolderBlobStore.BlobExtension], _sandbox.FilesIn());
    }

    [Fact]
    public async Task AKilledWrite_LeavesOnlyAPartial_ThatTheSweeperRemovesAfterAnHour()
    {
        // A kill runs no catch block, so at the moment of death the test keeps a copy of the
        // .partial as the kill would have left it; the store then cleans up its own as it fails.
        var source = new DyingStream(Plaintext(4 * Chunk), dieAt: 2 * Chunk, atDeath: KeepCrashImage, die: true);

        await Assert.ThrowsAsync<IOException>(() => _sandbox.Files().WriteAsync(source, 4 * Chunk));

        var left = Assert.Single(_sandbox.FilesIn());
        Assert.EndsWith(LocalFolderBlobStore.PartialExtension, left);
        Assert.False(await _sandbox.Blobs().ExistsAsync(Path.GetFileNameWithoutExtension(left)));

        _sandbox.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, _sandbox.Sweeper().Sweep());
        Assert.Single(_sandbox.FilesIn());

        _sandbox.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, _sandbox.Sweeper().Sweep());
        Assert.Empty(_sandbox.FilesIn());
    }

    [Fact]
    public async Task AFailedWrite_LeavesNothingBehind()
    {
        var source = new DyingStream(Plaintext(4 * Chunk), dieAt: Chunk + 7, atDeath: () => { }, die: true);

        await Assert.ThrowsAsync<IOException>(() => _sandbox.Files().WriteAsync(source, 4 * Chunk));

        Assert.Empty(_sandbox.FilesIn());
    }

    [Fact]
    public async Task TheSweeper_LeavesCommittedBlobsAlone()
    {
        var stored = await _sandbox.Files().WriteAsync(new MemoryStream(Plaintext(10)), 10);
        File.SetLastWriteTimeUtc(_sandbox.PathOf(stored.StorageName), _sandbox.Clock.GetUtcNow().UtcDateTime.AddDays(-30));

        Assert.Equal(0, _sandbox.Sweeper().Sweep());
        Assert.True(await _sandbox.Blobs().ExistsAsync(stored.StorageName));
    }

    [Fact]
    public void TheSweeper_OfATenantWithNoFilesYet_DoesNothing() =>
        Assert.Equal(0, _sandbox.Sweeper("new-tenant").Sweep());

    [Theory]
    [InlineData("")]
    [InlineData("../../perspective.db")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaa/")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaa.partial")]
    public async Task StorageNames_NotMadeByTheStore_AreRefused(string name)
    {
        var blobs = _sandbox.Blobs();

        await Assert.ThrowsAsync<ArgumentException>(() => blobs.OpenReadAsync(name));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.DeleteAsync(name));
        Assert.False(await blobs.ExistsAsync(name));
    }

    [Fact]
    public async Task OpenRead_OfAMissingBlob_ThrowsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => _sandbox.Blobs().OpenReadAsync(StorageNames.New()));
    }

    [Fact]
    public async Task TheBlobStore_OverMaxBytes_ThrowsAndLeavesNothing()
    {
        await Assert.ThrowsAsync<BlobTooLargeException>(() => _sandbox.Blobs().WriteAsync(new MemoryStream(new byte[1001]), 1000));

        Assert.Empty(_sandbox.FilesIn());
    }

    private void KeepCrashImage()
    {
        var partial = Assert.Single(Directory.GetFiles(_sandbox.Folder().Files));
        var image = Path.Combine(_sandbox.Folder().Files, StorageNames.New() + LocalFolderBlobStore.PartialExtension);
        File.Copy(partial, image);
        File.SetLastWriteTimeUtc(image, _sandbox.Clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Serves its bytes, then at <c>dieAt</c> runs <c>atDeath</c> and (when told) throws, as a dropped upload does.</summary>
    private sealed class DyingStream(byte[] content, int dieAt, Action atDeath, bool die) : Stream
    {
        private int _position;
        private bool _dead;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= dieAt && !_dead)
            {
                _dead = true;
                atDeath();
                if (die)
                {
                    throw new IOException("The connection was reset.");
                }
            }

            var limit = _position < dieAt ? dieAt : content.Length;
            var n = Math.Min(count, limit - _position);
            content.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
