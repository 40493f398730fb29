using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Documents.Data;

namespace Perspective.Documents.Retention;

/// <summary>
/// Deletes the tenant's documents whose <see cref="Document.RetainUntilUtc"/> has passed, except
/// those under legal hold, each through <see cref="DocumentDeletion"/> (rows and audit event in one
/// transaction, then the blobs). Safe on several nodes at once: each document is claimed by a
/// conditional delete, and only the node whose delete removed the row records and cleans up.
/// </summary>
public sealed class DocumentRetention(
    TenantDbContext db,
    DocumentDeletion deletion,
    IAuditLog audit,
    TimeProvider time)
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
            await audit.RecordNowAsync(DocumentsEvents.RetentionRound, details: $"{round.Deleted} documents deleted", cancellationToken: cancellationToken);
        }

        return round;
    }

    private async Task<RetentionRound> DeleteAsync(Expired document, DateTime now, CancellationToken cancellationToken)
    {
        // The conditions again, so a hold set since the batch was read still protects it.
        var result = await deletion.DeleteAsync(
            document.Id,
            d => !d.LegalHold && d.RetainUntilUtc != null && d.RetainUntilUtc <= now,
            DocumentsEvents.RetentionDeleted,
            document.Details,
            cancellationToken);
        return result.Deleted ? new RetentionRound(1, result.BlobsNotDeleted) : RetentionRound.Nothing;
    }

    private sealed record Expired(Guid Id, string Title, int CategoryId, DateTime SentUtc)
    {
        // What was deleted, never what it contained.
        public string Details => string.Create(CultureInfo.InvariantCulture, $"Title: {Title}; category {CategoryId}; sent {SentUtc:yyyy-MM-dd HH:mm} UTC");
    }
}
