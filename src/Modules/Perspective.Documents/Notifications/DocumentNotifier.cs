using Perspective.Core.Email;
using Perspective.Core.Links;
using Perspective.Core.Organisations;
using Perspective.Documents.Data;

namespace Perspective.Documents.Notifications;

/// <summary>
/// Queues the emails about documents into the caller's unit of work. Its callers are the event
/// subscribers (<see cref="NewDocumentEmails"/>, <see cref="ReminderEmails"/>, <see cref="FileRequestEmails"/>),
/// so an email is queued only after the change that caused it commits, in the delivery's own
/// transaction. Each email is a link; see <see cref="DocumentsEmailKinds"/>.
/// </summary>
public sealed class DocumentNotifier(RecipientPeople people, IEmailOutbox outbox, IPortalLinks links, IOrganisationDirectory organisations)
{
    /// <summary>Tells everyone each row reaches that the document has arrived; returns how many emails were queued.</summary>
    public Task<int> NewDocumentAsync(Document document, DocumentCategory category, IEnumerable<DocumentRecipient> rows, CancellationToken cancellationToken = default) =>
        QueueAsync(DocumentsEmailKinds.NewDocument, document, category, rows, cancellationToken);

    /// <summary>Reminds everyone each (unopened) row reaches; returns how many emails were queued.</summary>
    public Task<int> ReminderAsync(Document document, DocumentCategory category, IEnumerable<DocumentRecipient> rows, CancellationToken cancellationToken = default) =>
        QueueAsync(DocumentsEmailKinds.Reminder, document, category, rows, cancellationToken);

    /// <summary>Tells a school's recipients of the category that the LA has asked it for a file.</summary>
    public async Task<int> FileRequestedAsync(FileRequest request, DocumentCategory category, string organisationId, string deadline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sender = await SenderNameAsync(request.CreatedByOrganisationId, cancellationToken);
        var queued = 0;
        foreach (var person in await people.ForAsync(organisationId, null, null, category, cancellationToken))
        {
            await outbox.QueueAsync(DocumentsEmailKinds.FileRequested, new EmailRecipient(person.Email, person.Name, person.UserId), new Dictionary<string, string>
            {
                ["name"] = person.Name,
                ["sender"] = sender,
                ["category"] = category.Name,
                ["deadline"] = deadline,
                ["link"] = links.Link($"/documents/requests/{request.Id}").ToString(),
            }, cancellationToken);
            queued++;
        }

        return queued;
    }

    private async Task<int> QueueAsync(string kind, Document document, DocumentCategory category, IEnumerable<DocumentRecipient> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(rows);
        var sender = await SenderNameAsync(document.SenderOrganisationId, cancellationToken);
        var link = links.Link($"/documents/{document.Id}").ToString();
        var queued = 0;
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var person in await people.ForAsync(row, category, cancellationToken))
            {
                if (!reached.Add(person.UserId))
                {
                    continue;
                }

                await outbox.QueueAsync(kind, new EmailRecipient(person.Email, person.Name, person.UserId), new Dictionary<string, string>
                {
                    ["name"] = person.Name,
                    ["sender"] = sender,
                    ["category"] = category.Name,
                    ["link"] = link,
                }, cancellationToken);
                queued++;
            }
        }

        return queued;
    }

    private async Task<string> SenderNameAsync(string organisationId, CancellationToken cancellationToken) =>
        (await organisations.FindAsync(organisationId, cancellationToken))?.Name ?? "Your local authority";
}
