using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Data;

namespace Perspective.Documents.Inbox;

/// <summary>A sending act as the sent list shows it.</summary>
public sealed record SentItem(Guid Id, string Title, string Category, DateTime SentUtc, int Recipients, int Opened);

/// <summary>What the sent list is narrowed to; every part optional.</summary>
/// <param name="TeamToo">Everything the user's organisation sent, not only what the user sent.</param>
/// <param name="RecipientOrganisationIds">Only batches with a recipient among these.</param>
/// <param name="AllOpened">True: every recipient has opened; false: some have not.</param>
public sealed record SentFilter(bool TeamToo, int? CategoryId, DateTime? FromUtc, DateTime? BeforeUtc, IReadOnlyCollection<string>? RecipientOrganisationIds, bool? AllOpened, string? Search);

/// <summary>The send batches sent from the user's organisation, newest first, with how many recipients have opened them.</summary>
public sealed class SentBatches(TenantDbContext db)
{
    public async Task<ListPage<SentItem>?> PageAsync(ClaimsPrincipal user, SentFilter filter, int pageNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var userId = user.UserId();
        var organisationId = user.OrganisationId();
        var batches = db.Set<SendBatch>().AsNoTracking()
            .Where(b => b.SentUtc != null && b.SenderOrganisationId == organisationId);
        if (!filter.TeamToo)
        {
            batches = batches.Where(b => b.SenderUserId == userId);
        }

        if (filter.CategoryId is { } categoryId)
        {
            batches = batches.Where(b => b.CategoryId == categoryId);
        }

        if (filter.FromUtc is { } from)
        {
            batches = batches.Where(b => b.SentUtc >= from);
        }

        if (filter.BeforeUtc is { } before)
        {
            batches = batches.Where(b => b.SentUtc < before);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // ToLower is what both providers translate; culture rules do not apply in SQL.
            batches = batches.Where(b => b.Title.ToLower().Contains(term));
#pragma warning restore CA1862, CA1304, CA1311
        }

        var documents = db.Set<Document>();
        var rows = db.Set<DocumentRecipient>();
        if (filter.RecipientOrganisationIds is { } recipients)
        {
            var ids = recipients.ToList();
            batches = batches.Where(b => rows.Any(r => ids.Contains(r.OrganisationId) && documents.Any(d => d.Id == r.DocumentId && d.BatchId == b.Id)));
        }

        var counted = batches.Select(b => new
        {
            Batch = b,
            Total = rows.Count(r => documents.Any(d => d.Id == r.DocumentId && d.BatchId == b.Id)),
            Opened = rows.Count(r => r.FirstOpenedUtc != null && documents.Any(d => d.Id == r.DocumentId && d.BatchId == b.Id)),
        });
        if (filter.AllOpened is { } allOpened)
        {
            counted = allOpened ? counted.Where(c => c.Opened == c.Total) : counted.Where(c => c.Opened < c.Total);
        }

        var total = await counted.CountAsync(cancellationToken);
        if (!ListPages.Exists(pageNumber, total))
        {
            return null;
        }

        var items = await counted
            .OrderByDescending(c => c.Batch.SentUtc).ThenBy(c => c.Batch.Id)
            .Skip((pageNumber - 1) * ListPages.Size)
            .Take(ListPages.Size)
            .Join(db.Set<DocumentCategory>(), c => c.Batch.CategoryId, category => category.Id, (c, category) =>
                new SentItem(c.Batch.Id, c.Batch.Title, category.Name, c.Batch.SentUtc!.Value, c.Total, c.Opened))
            .ToListAsync(cancellationToken);
        return new ListPage<SentItem>(items.OrderByDescending(i => i.SentUtc).ThenBy(i => i.Id).ToList(), pageNumber, total);
    }
}
