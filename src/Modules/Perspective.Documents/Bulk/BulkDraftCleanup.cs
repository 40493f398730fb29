using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Files;
using Perspective.Documents.Data;
using Perspective.Documents.Storage;

namespace Perspective.Documents.Bulk;

/// <summary>
/// Deletes bulk-send drafts left unsent for a day, with their staged files: rows first, then the
/// blobs, so a crash between the two leaves an orphan blob for the sweep, never a row without its file.
/// </summary>
public sealed class BulkDraftCleanup(TenantDbContext db, IBlobStore blobs, IAuditLog audit, TimeProvider time)
{
    private const int DraftsPerRound = 100;

    /// <summary>Deletes every abandoned draft; returns how many drafts it deleted.</summary>
    public async Task<int> DeleteAbandonedAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - BulkLimits.AbandonedAfter;
        var deleted = 0;
        while (true)
        {
            var ids = await db.Set<SendBatch>().AsNoTracking()
                .Where(b => b.SentUtc == null && b.CreatedUtc < cutoff)
                .OrderBy(b => b.CreatedUtc)
                .Select(b => b.Id)
                .Take(DraftsPerRound)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return deleted;
            }

            foreach (var id in ids)
            {
                if (await DeleteAsync(id, cutoff, cancellationToken))
                {
                    deleted++;
                }
            }

            if (ids.Count < DraftsPerRound)
            {
                return deleted;
            }
        }
    }

    /// <summary>
    /// Deletes one draft when it is still an abandoned draft. The conditional delete is the claim:
    /// a draft sent meanwhile, or deleted by another node, is left alone.
    /// </summary>
    private async Task<bool> DeleteAsync(Guid id, DateTime cutoff, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var storageNames = await db.Set<StagedFile>().AsNoTracking().Where(f => f.BatchId == id).Select(f => f.StorageName).ToListAsync(cancellationToken);
        var claimed = await db.Set<SendBatch>()
            .Where(b => b.Id == id && b.SentUtc == null && b.CreatedUtc < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        // The database cascades the staged rows too; deleting them here does not rely on it.
        await db.Set<StagedFile>().Where(f => f.BatchId == id).ExecuteDeleteAsync(cancellationToken);

        audit.Record(DocumentsEvents.BulkDraftDeleted, nameof(SendBatch), id.ToString(), string.Create(CultureInfo.InvariantCulture, $"Not sent within a day; {storageNames.Count} files deleted"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await CommittedBlobs.DeleteAsync(blobs, storageNames);
        return true;
    }
}
