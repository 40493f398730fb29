using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Documents.Data;
using Perspective.Documents.Storage;

namespace Perspective.Documents.Retention;

/// <summary>
/// Deletes the tenant's documents whose <see cref="Document.RetainUntilUtc"/> has passed, except
/// those under legal hold. Rows go first, with their audit event, in one transaction; the version
/// blobs go only after it commits, so a crash in between leaves an orphan blob (swept later) but
/// never a row pointing at a missing file. Safe on several nodes at once: each document is claimed
/// by a conditional delete, and only the node whose delete removed the row records and cleans up.
/// </summary>
public sealed partial class DocumentRetention(
    TenantDbContext db,
    EncryptedFiles files,
    IAuditLog audit,
    TimeProvider time,
    ILogger<DocumentRetention> logger)
{
    public const int BatchSize = 100;

    /// <summary>One round: every expired document not under legal hold, in batches.</summary>
    public async Task<RetentionRound> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var round = RetentionRound.Nothing;
        while (true)
        {
            var batch = await db.Set<Document>().AsNoTracking()
                .Where(d => d.RetainUntilUtc != null && d.RetainUntilUtc <= now && !d.LegalHold)
                .OrderBy(d => d.RetainUntilUtc).ThenBy(d => d.Id)
                .Select(d => new Expired(d.Id, d.Title, d.CategoryId, d.SentUtc))
                .Take(BatchSize)
                .ToListAsync(cancellationToken);

            var deletedInBatch = 0;
            foreach (var document in batch)
            {
                var result = await DeleteAsync(document, now, cancellationToken);
                deletedInBatch += result.Deleted;
                round = round.Add(result);
            }

            // A short batch was the last; one where another node took everything moves on too, so
            // a round never spins on rows it cannot claim.
            if (batch.Count < BatchSize || deletedInBatch == 0)
            {
                break;
            }
        }

        if (round.Deleted > 0)
        {
            await audit.RecordNowAsync(RetentionAudit.Round, details: $"{round.Deleted} documents deleted", cancellationToken: cancellationToken);
        }

        return round;
    }

    private async Task<RetentionRound> DeleteAsync(Expired document, DateTime now, CancellationToken cancellationToken)
    {
        List<string> storageNames;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A write first: on SQLite it takes the write lock before the reads below, so two nodes
            // never deadlock upgrading a read lock. Answers to a file request keep their row, without the document.
            await db.Set<FileRequestRecipient>()
                .Where(r => r.DocumentId == document.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.DocumentId, (Guid?)null), cancellationToken);

            storageNames = await db.Set<DocumentVersion>().AsNoTracking()
                .Where(v => v.DocumentId == document.Id)
                .Select(v => v.StorageName)
                .ToListAsync(cancellationToken);

            // The claim: the conditions again, so a hold set since the batch was read still protects it.
            // Versions, recipients and openings go by the database's cascade.
            var removed = await db.Set<Document>()
                .Where(d => d.Id == document.Id && !d.LegalHold && d.RetainUntilUtc != null && d.RetainUntilUtc <= now)
                .ExecuteDeleteAsync(cancellationToken);
            if (removed == 0)
            {
                // Another node took it, or it was put on hold: nothing of ours to record.
                await transaction.RollbackAsync(cancellationToken);
                return RetentionRound.Nothing;
            }

            audit.Record(RetentionAudit.Deleted, RetentionAudit.ObjectType, document.Id.ToString(), document.Details);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var notDeleted = 0;
        foreach (var storageName in storageNames)
        {
            if (!await TryDeleteBlobAsync(storageName, cancellationToken))
            {
                notDeleted++;
            }
        }

        return new RetentionRound(1, notDeleted);
    }

    private async Task<bool> TryDeleteBlobAsync(string storageName, CancellationToken cancellationToken)
    {
        try
        {
            await files.DeleteAsync(storageName, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // Already gone (another node, or a crash after an earlier delete): the goal is met.
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The row is gone, so the blob is now an orphan; the orphan sweep takes it later.
            LogBlobNotDeleted(logger, exception, storageName);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention could not delete blob {StorageName}; the orphan sweep will remove it.")]
    private static partial void LogBlobNotDeleted(ILogger logger, Exception exception, string storageName);

    private sealed record Expired(Guid Id, string Title, int CategoryId, DateTime SentUtc)
    {
        // What was deleted, never what it contained.
        public string Details => string.Create(CultureInfo.InvariantCulture, $"Title: {Title}; category {CategoryId}; sent {SentUtc:yyyy-MM-dd HH:mm} UTC");
    }
}
