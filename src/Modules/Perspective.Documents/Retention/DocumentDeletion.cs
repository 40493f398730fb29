using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Core.Files;
using Perspective.Documents.Data;
using Perspective.Documents.Storage;

namespace Perspective.Documents.Retention;

/// <summary>What one deletion did: whether it removed the document, and how many of its blobs are left for the orphan sweep.</summary>
public sealed record DeletionResult(bool Deleted, int BlobsNotDeleted);

/// <summary>
/// Deletes one document, for the retention job and for a sender. Rows go first, with the audit
/// event, in one transaction; the version blobs go only after it commits, so a crash in between
/// leaves an orphan blob (swept later) but never a row pointing at a missing file. The delete is
/// conditional on <c>stillDeletable</c>, checked again inside the transaction, so a legal hold set
/// meanwhile still protects the document and two nodes never both delete it.
/// </summary>
public sealed partial class DocumentDeletion(TenantDbContext db, IBlobStore blobs, IAuditLog audit, ILogger<DocumentDeletion> logger)
{
    public async Task<DeletionResult> DeleteAsync(Guid id, Expression<Func<Document, bool>> stillDeletable, AuditKind action, string details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stillDeletable);
        List<string> storageNames;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A write first: on SQLite it takes the write lock before the reads below, so two nodes
            // never deadlock upgrading a read lock. Answers to a file request keep their row, without the document.
            await db.Set<FileRequestRecipient>()
                .Where(r => r.DocumentId == id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.DocumentId, (Guid?)null), cancellationToken);

            var batchId = await db.Set<Document>().Where(d => d.Id == id).Select(d => d.BatchId).FirstOrDefaultAsync(cancellationToken);
            storageNames = await db.Set<DocumentVersion>().AsNoTracking()
                .Where(v => v.DocumentId == id)
                .Select(v => v.StorageName)
                .ToListAsync(cancellationToken);

            // The claim. Versions, recipients and openings go by the database's cascade.
            var removed = await db.Set<Document>().Where(d => d.Id == id).Where(stillDeletable).ExecuteDeleteAsync(cancellationToken);
            if (removed == 0)
            {
                // Another node took it, or it was put on hold: nothing of ours to record.
                await transaction.RollbackAsync(cancellationToken);
                return new DeletionResult(false, 0);
            }

            // A sent batch left with no documents goes too, so the sender's list shows no empty send.
            await db.Set<SendBatch>()
                .Where(b => b.Id == batchId && b.SentUtc != null && !db.Set<Document>().Any(d => d.BatchId == b.Id))
                .ExecuteDeleteAsync(cancellationToken);
            audit.Record(action, RetentionAudit.ObjectType, id.ToString(), details);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var left = await CommittedBlobs.DeleteAsync(blobs, storageNames);
        if (left > 0)
        {
            LogBlobsLeft(logger, left, id);
        }

        return new DeletionResult(true, left);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete {Count} files of deleted document {DocumentId}; the orphan sweep will remove them.")]
    private static partial void LogBlobsLeft(ILogger logger, int count, Guid documentId);
}
