using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Documents.Access;
using Perspective.Documents.Data;

namespace Perspective.Documents.Inbox;

/// <summary>A received document as the list shows it.</summary>
public sealed record ReceivedItem(Guid Id, string Title, string Category, string From, DateTime SentUtc, bool Opened);

/// <summary>What the received list is narrowed to; every part optional.</summary>
public sealed record ReceivedFilter(int? CategoryId, DateTime? FromUtc, DateTime? BeforeUtc, bool? Opened, string? Search);

/// <summary>
/// The documents a user can open today, newest first, as one query over the recipient rows of
/// their organisation (<see cref="RecipientRule"/>), leaving out documents whose newest version
/// the scanner holds. "Opened" means anyone in the organisation has opened it.
/// </summary>
public sealed class ReceivedDocuments(TenantDbContext db, IOrganisationDirectory organisations)
{
    public IQueryable<Document> Openable(RecipientRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var openableIds = db.Set<DocumentRecipient>()
            .Join(db.Set<Document>(), r => r.DocumentId, d => d.Id, (r, d) => new RowWithDocument { Row = r, Document = d })
            .Where(rule.Expression)
            .Select(x => x.Document.Id);
        return db.Set<Document>().AsNoTracking()
            .Where(d => openableIds.Contains(d.Id))
            .Where(ReleasedVersions.NewestIsReleased(db));
    }

    public async Task<ListPage<ReceivedItem>?> PageAsync(RecipientRule rule, ReceivedFilter filter, int pageNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var organisationId = rule.OrganisationId;
        var documents = Openable(rule);
        if (filter.CategoryId is { } categoryId)
        {
            documents = documents.Where(d => d.CategoryId == categoryId);
        }

        if (filter.FromUtc is { } from)
        {
            documents = documents.Where(d => d.SentUtc >= from);
        }

        if (filter.BeforeUtc is { } before)
        {
            documents = documents.Where(d => d.SentUtc < before);
        }

        var rows = db.Set<DocumentRecipient>();
        if (filter.Opened is { } opened)
        {
            documents = documents.Where(d => rows.Any(r => r.DocumentId == d.Id && r.OrganisationId == organisationId && r.FirstOpenedUtc != null) == opened);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // ToLower is what both providers translate; culture rules do not apply in SQL.
            documents = documents.Where(d => d.Title.ToLower().Contains(term));
#pragma warning restore CA1862, CA1304, CA1311
        }

        var total = await documents.CountAsync(cancellationToken);
        if (!ListPages.Exists(pageNumber, total))
        {
            return null;
        }

        var found = await documents
            .OrderByDescending(d => d.SentUtc).ThenBy(d => d.Id)
            .Skip((pageNumber - 1) * ListPages.Size)
            .Take(ListPages.Size)
            .Join(db.Set<DocumentCategory>(), d => d.CategoryId, c => c.Id, (d, c) => new
            {
                d.Id,
                d.Title,
                Category = c.Name,
                d.SenderOrganisationId,
                d.SentUtc,
                Opened = rows.Any(r => r.DocumentId == d.Id && r.OrganisationId == organisationId && r.FirstOpenedUtc != null),
            })
            .ToListAsync(cancellationToken);
        var senders = await organisations.FindManyAsync(found.Select(d => d.SenderOrganisationId).Distinct(), cancellationToken);
        var items = found
            .OrderByDescending(d => d.SentUtc).ThenBy(d => d.Id)
            .Select(d => new ReceivedItem(d.Id, d.Title, d.Category, senders.TryGetValue(d.SenderOrganisationId, out var o) ? o.Name : "Unknown", d.SentUtc, d.Opened))
            .ToList();
        return new ListPage<ReceivedItem>(items, pageNumber, total);
    }
}
