using System.Buffers;
using Perspective.Core.Files;

namespace Perspective.Files.Storage;

/// <summary>
/// Blobs as files in <c>{DataPath}/Sites/{tenant}/Files/</c>. Each write goes to
/// <c>{name}.partial</c> in the same folder, is flushed to the disk, then renamed to
/// <c>{name}.blob</c>: a rename within one folder is atomic, so a blob is either absent or whole.
/// A process killed mid-write leaves only a <c>.partial</c>, which <see cref="PartialFileSweeper"/>
/// removes later.
/// </summary>
public sealed class LocalFolderBlobStore(TenantDataFolder folder) : IBlobStore
{
    public const string BlobExtension = ".blob";
    public const string PartialExtension = ".partial";

    private const int CopyBufferSize = 128 * 1024;

    public async Task<StoredBlob> WriteAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        Directory.CreateDirectory(folder.Files);

        var name = StorageNames.New();
        var partial = PartialPathOf(name);
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            long length = 0;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, CopyBufferSize), cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw new BlobTooLargeException(maxBytes);
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                // The bytes must be on the disk before the name says they are there.
                file.Flush(flushToDisk: true);
            }

            File.Move(partial, PathOf(name), overwrite: false);
            return new StoredBlob(name, length);
        }
        catch
        {
            // Best effort: a failure we can see leaves nothing. One we cannot (a kill) leaves a .partial for the sweeper.
            TryDelete(partial);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Task<Stream> OpenReadAsync(string storageName, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfMalformed(storageName);
        try
        {
            Stream stream = new FileStream(PathOf(storageName), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (DirectoryNotFoundException exception)
        {
            // The tenant has no files folder yet: to the caller that is the same as no such blob.
            throw new FileNotFoundException("No such blob.", storageName, exception);
        }
    }

    public Task DeleteAsync(string storageName, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfMalformed(storageName);
        if (Directory.Exists(folder.Files))
        {
            File.Delete(PathOf(storageName));
        }

        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string storageName, CancellationToken cancellationToken = default) =>
        Task.FromResult(StorageNames.IsWellFormed(storageName) && File.Exists(PathOf(storageName)));

    private string PathOf(string name) => Path.Combine(folder.Files, name + BlobExtension);

    private string PartialPathOf(string name) => Path.Combine(folder.Files, name + PartialExtension);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the sweeper.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the sweeper.
        }
    }
}
