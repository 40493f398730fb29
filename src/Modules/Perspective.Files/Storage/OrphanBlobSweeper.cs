using Perspective.Core.Files;

namespace Perspective.Files.Storage;

/// <summary>
/// Deletes blobs in the tenant's local files folder that no module's rows name (every registered
/// <see cref="IBlobReferences"/> is asked): what a crash between a commit and its blob deletion, or
/// a failed upload save, leaves behind. Only blobs untouched for a day are taken, so a file written
/// just before its row is saved never is. With no module naming blobs, nothing is taken. Works on
/// the local folder store only; a replacement store brings its own sweep.
/// </summary>
public sealed class OrphanBlobSweeper(IBlobStore blobs, TenantDataFolder folder, IEnumerable<IBlobReferences> references, TimeProvider time)
{
    public static readonly TimeSpan OrphanedAfter = TimeSpan.FromDays(1);

    private const int ChunkSize = 500;

    /// <summary>Deletes orphan blobs and returns how many it deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var owners = references.ToList();
        var directory = new DirectoryInfo(folder.Files);
        if (blobs is not LocalFolderBlobStore || owners.Count == 0 || !directory.Exists)
        {
            return 0;
        }

        var cutoff = time.GetUtcNow().UtcDateTime - OrphanedAfter;
        var old = directory.EnumerateFiles("*" + LocalFolderBlobStore.BlobExtension)
            .Where(f => f.LastWriteTimeUtc < cutoff)
            .Select(f => Path.GetFileNameWithoutExtension(f.Name))
            .Where(StorageNames.IsWellFormed);

        var deleted = 0;
        foreach (var chunk in old.Chunk(ChunkSize))
        {
            // Every owner answers before anything goes: an owner that fails stops the round.
            var inUse = new HashSet<string>(StringComparer.Ordinal);
            foreach (var owner in owners)
            {
                inUse.UnionWith(await owner.InUseAsync(chunk, cancellationToken));
            }

            foreach (var name in chunk.Where(n => !inUse.Contains(n)))
            {
                try
                {
                    await blobs.DeleteAsync(name, cancellationToken);
                    deleted++;
                }
                catch (IOException)
                {
                    // Held open somewhere; the next round tries again.
                }
            }
        }

        return deleted;
    }
}
