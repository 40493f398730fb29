using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Documents.Data;
using Perspective.Documents.Events;

namespace Perspective.Documents.Notifications;

/// <summary>Tells each asked school's recipients of the category that the LA wants a file.</summary>
public sealed class FileRequestEmails(TenantDbContext db, DocumentNotifier notifier) : IEventSubscriber<FilesRequested>
{
    public async Task HandleAsync(PublishedEvent published, FilesRequested payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var request = await db.Set<FileRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == payload.RequestId, cancellationToken);
        if (request is null)
        {
            return;
        }

        var category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == request.CategoryId, cancellationToken);
        foreach (var organisationId in payload.OrganisationIds)
        {
            await notifier.FileRequestedAsync(request, category, organisationId, payload.Deadline, cancellationToken);
        }
    }
}
