using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Documents.Access;
using Perspective.Documents.Data;

namespace Perspective.Documents.Inbox;

/// <summary>One recipient row of a batch, as the read receipts table shows it.</summary>
public sealed record ReceiptItem(
    long RowId,
    Guid DocumentId,
    string DocumentTitle,
    string School,
    int? Urn,
    DateTime DeliveredUtc,
    DateTime? OpenedUtc,
    string? OpenedBy,
    DateTime? LastRemindedUtc);

/// <summary>How many recipient rows of a batch have been opened and how many not.</summary>
public sealed record ReceiptCounts(int Opened, int NotOpened);

/// <summary>The read receipts of one send batch: one row per recipient row across its documents.</summary>
public sealed class ReadReceipts(TenantDbContext db, IOrganisationDirectory organisations, IUserDirectory people)
{
    public async Task<ReceiptCounts> CountAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        var rows = RowsOf(batchId);
        var opened = await rows.CountAsync(x => x.Row.FirstOpenedUtc != null, cancellationToken);
        var all = await rows.CountAsync(cancellationToken);
        return new ReceiptCounts(opened, all - opened);
    }

    /// <param name="opened">True: opened rows only; false: unopened rows only; null: all.</param>
    /// <param name="school">Part of a school's name, or its URN; blank for every school.</param>
    public async Task<ListPage<ReceiptItem>?> PageAsync(Guid batchId, bool? opened, string? school, int pageNumber, CancellationToken cancellationToken = default)
    {
        var rows = RowsOf(batchId);
        if (opened is { } isOpened)
        {
            rows = isOpened ? rows.Where(x => x.Row.FirstOpenedUtc != null) : rows.Where(x => x.Row.FirstOpenedUtc == null);
        }

        // A batch reaches at most the LA's schools, so their names are matched here and the query is given ids.
        var organisationIds = await RowsOf(batchId).Select(x => x.Row.OrganisationId).Distinct().ToListAsync(cancellationToken);
        var names = await organisations.FindManyAsync(organisationIds, cancellationToken);
        if (!string.IsNullOrWhiteSpace(school))
        {
            var term = school.Trim();
            var matching = names.Values
                .Where(o => o.Name.Contains(term, StringComparison.OrdinalIgnoreCase) || o.Urn?.ToString(System.Globalization.CultureInfo.InvariantCulture) == term)
                .Select(o => o.Id)
                .ToList();
            rows = rows.Where(x => matching.Contains(x.Row.OrganisationId));
        }

        var total = await rows.CountAsync(cancellationToken);
        if (!ListPages.Exists(pageNumber, total))
        {
            return null;
        }

        var found = await rows
            .OrderBy(x => x.Row.FirstOpenedUtc != null).ThenBy(x => x.Row.OrganisationId).ThenBy(x => x.Row.Id)
            .Skip((pageNumber - 1) * ListPages.Size)
            .Take(ListPages.Size)
            .Select(x => new { x.Row, x.Document.Title })
            .ToListAsync(cancellationToken);
        var openerIds = found.Select(x => x.Row.FirstOpenedByUserId).OfType<string>().Distinct().ToList();
        var openers = await people.DisplayNamesAsync(openerIds, cancellationToken);
        var items = found.Select(x => new ReceiptItem(
                x.Row.Id,
                x.Row.DocumentId,
                x.Title,
                names.TryGetValue(x.Row.OrganisationId, out var o) ? o.Name : x.Row.OrganisationId,
                o?.Urn,
                x.Row.DeliveredUtc,
                x.Row.FirstOpenedUtc,
                x.Row.FirstOpenedByUserId is { } by ? openers.GetValueOrDefault(by, "Someone no longer on the portal") : null,
                x.Row.LastRemindedUtc))
            .ToList();
        return new ListPage<ReceiptItem>(items, pageNumber, total);
    }

    private IQueryable<RowWithDocument> RowsOf(Guid batchId) =>
        db.Set<DocumentRecipient>().AsNoTracking()
            .Join(db.Set<Document>(), r => r.DocumentId, d => d.Id, (r, d) => new RowWithDocument { Row = r, Document = d })
            .Where(x => x.Document.BatchId == batchId);
}
