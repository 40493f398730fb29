using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Documents.Data;
using Perspective.Documents.Events;

namespace Perspective.Documents.Notifications;

/// <summary>
/// Tells a document's recipients it has arrived: when it is sent, replaced, given in answer to a
/// request, or released after a held virus check. The emails are queued in the delivery's
/// transaction, so a redelivered event never queues them twice.
/// </summary>
public sealed class NewDocumentEmails(TenantDbContext db, DocumentNotifier notifier)
    : IEventSubscriber<DocumentSent>, IEventSubscriber<DocumentReplaced>, IEventSubscriber<RequestAnswered>, IEventSubscriber<HeldFileReleased>
{
    public Task HandleAsync(PublishedEvent published, DocumentSent payload, CancellationToken cancellationToken) =>
        payload.Announce ? AnnounceAsync(payload.DocumentId, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(PublishedEvent published, DocumentReplaced payload, CancellationToken cancellationToken) =>
        payload.Announce ? AnnounceAsync(payload.DocumentId, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(PublishedEvent published, RequestAnswered payload, CancellationToken cancellationToken) =>
        payload.Announce ? AnnounceAsync(payload.DocumentId, cancellationToken) : Task.CompletedTask;

    /// <summary>Only for a live document whose newest version this is.</summary>
    public async Task HandleAsync(PublishedEvent published, HeldFileReleased payload, CancellationToken cancellationToken)
    {
        var newest = await db.Set<DocumentVersion>().Where(v => v.DocumentId == payload.DocumentId).MaxAsync(v => (int?)v.Number, cancellationToken);
        if (newest == payload.Version)
        {
            await AnnounceAsync(payload.DocumentId, cancellationToken);
        }
    }

    private async Task AnnounceAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var document = await db.Set<Document>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null || document.RevokedUtc is not null)
        {
            return;
        }

        var category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == document.CategoryId, cancellationToken);
        var rows = await db.Set<DocumentRecipient>().AsNoTracking().Where(r => r.DocumentId == document.Id).ToListAsync(cancellationToken);
        await notifier.NewDocumentAsync(document, category, rows, cancellationToken);
    }
}
