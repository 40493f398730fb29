using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Events;

namespace Perspective.Documents.Inbox;

/// <summary>What a round of reminders did: rows reminded, and rows skipped because they were reminded within the last day.</summary>
public sealed record ReminderRound(int Reminded, int TooSoon);

/// <summary>
/// Chases the recipients of a batch who have not opened their document: each unopened row of a
/// live (not revoked, not expired) document is reminded by email, at most once a day, so a
/// double click or an impatient sender cannot flood a school's inbox.
/// </summary>
public sealed class BatchReminders(TenantDbContext db, IEventPublisher events, TimeProvider time)
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
        var reminded = new List<long>();
        var tooSoon = 0;
        foreach (var x in unopened)
        {
            if (x.Row.LastRemindedUtc is { } last && now - last < MinimumGap)
            {
                tooSoon++;
                continue;
            }

            x.Row.LastRemindedUtc = now;
            reminded.Add(x.Row.Id);
        }

        if (reminded.Count > 0)
        {
            // The emails are queued once this commits (see ReminderEmails).
            events.Publish(DocumentsEvents.Reminded, new DocumentsReminded(batch.Id, reminded, $"{reminded.Count} reminded, {tooSoon} reminded within the last day"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ReminderRound(reminded.Count, tooSoon);
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
