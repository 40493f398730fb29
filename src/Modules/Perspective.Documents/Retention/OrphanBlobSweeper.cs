using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Files;
using Perspective.Documents.Data;
using Perspective.Files.Storage;

namespace Perspective.Documents.Retention;

/// <summary>
/// Deletes blobs in the tenant's local files folder that no document version or staged bulk-send file names: what a crash
/// between retention's commit and its blob deletion, or a failed upload save, leaves behind. Only
/// blobs untouched for a day are taken, so a file written just before its row is saved never is.
/// Works on the local folder store only; a replacement store brings its own sweep.
/// </summary>
public sealed class OrphanBlobSweeper(IBlobStore blobs, TenantDataFolder folder, TenantDbContext db, TimeProvider time)
{
    public static readonly TimeSpan OrphanedAfter = TimeSpan.FromDays(1);

    private const int ChunkSize = 500;

    /// <summary>Deletes orphan blobs and returns how many it deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var directory = new DirectoryInfo(folder.Files);
        if (blobs is not LocalFolderBlobStore || !directory.Exists)
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
            var referenced = await db.Set<DocumentVersion>().AsNoTracking()
                .Where(v => chunk.Contains(v.StorageName))
                .Select(v => v.StorageName)
                .ToListAsync(cancellationToken);
            referenced.AddRange(await db.Set<StagedFile>().AsNoTracking()
                .Where(f => chunk.Contains(f.StorageName))
                .Select(f => f.StorageName)
                .ToListAsync(cancellationToken));
            foreach (var name in chunk.Except(referenced, StringComparer.Ordinal))
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
