using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Notifications;

namespace Perspective.Documents.Inbox;

/// <summary>What a round of reminders did: rows reminded, and rows skipped because they were reminded within the last day.</summary>
public sealed record ReminderRound(int Reminded, int TooSoon);

/// <summary>
/// Chases the recipients of a batch who have not opened their document: each unopened row of a
/// live (not revoked, not expired) document is reminded by email, at most once a day, so a
/// double click or an impatient sender cannot flood a school's inbox.
/// </summary>
public sealed class BatchReminders(TenantDbContext db, DocumentNotifier notifier, IAuditLog audit, TimeProvider time)
{
    public static readonly TimeSpan MinimumGap = TimeSpan.FromHours(24);

    /// <summary>How many organisations have an unopened row of a live document in the batch.</summary>
    public async Task<int> SchoolsNotOpenedAsync(Guid batchId, CancellationToken cancellationToken = default) =>
        await Unopened(batchId).Select(x => x.Row.OrganisationId).Distinct().CountAsync(cancellationToken);

    public async Task<ReminderRound> RemindAsync(SendBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var now = time.GetUtcNow().UtcDateTime;
        var unopened = await Unopened(batch.Id).ToListAsync(cancellationToken);
        var categories = await db.Set<DocumentCategory>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var reminded = 0;
        var tooSoon = 0;
        foreach (var x in unopened)
        {
            if (x.Row.LastRemindedUtc is { } last && now - last < MinimumGap)
            {
                tooSoon++;
                continue;
            }

            await notifier.ReminderAsync(x.Document, categories[x.Document.CategoryId], [x.Row], cancellationToken);
            x.Row.LastRemindedUtc = now;
            reminded++;
        }

        if (reminded > 0)
        {
            audit.Record(DocumentsEvents.Reminded, nameof(SendBatch), batch.Id.ToString(), $"{reminded} reminded, {tooSoon} reminded within the last day");
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ReminderRound(reminded, tooSoon);
    }

    private IQueryable<RowWithDocument> Unopened(Guid batchId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Set<DocumentRecipient>()
            .Join(db.Set<Document>(), r => r.DocumentId, d => d.Id, (r, d) => new RowWithDocument { Row = r, Document = d })
            .Where(x => x.Document.BatchId == batchId
                && x.Row.FirstOpenedUtc == null
                && x.Document.RevokedUtc == null
                && (x.Document.ExpiresUtc == null || x.Document.ExpiresUtc > now));
    }
}
