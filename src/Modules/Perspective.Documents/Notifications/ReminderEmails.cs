using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Documents.Data;
using Perspective.Documents.Events;

namespace Perspective.Documents.Notifications;

/// <summary>Reminds the recipients a sender chased that a document is waiting for them.</summary>
public sealed class ReminderEmails(TenantDbContext db, DocumentNotifier notifier) : IEventSubscriber<DocumentsReminded>
{
    public async Task HandleAsync(PublishedEvent published, DocumentsReminded payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var ids = payload.RecipientIds.ToList();
        var reminded = await (
                from r in db.Set<DocumentRecipient>().AsNoTracking()
                join d in db.Set<Document>().AsNoTracking() on r.DocumentId equals d.Id
                where ids.Contains(r.Id) && d.RevokedUtc == null
                select new { Row = r, Document = d })
            .ToListAsync(cancellationToken);
        var categories = await db.Set<DocumentCategory>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var x in reminded.OrderBy(x => ids.IndexOf(x.Row.Id)))
        {
            await notifier.ReminderAsync(x.Document, categories[x.Document.CategoryId], [x.Row], cancellationToken);
        }
    }
}
