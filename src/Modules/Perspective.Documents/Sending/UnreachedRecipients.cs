using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Notifications;

namespace Perspective.Documents.Sending;

/// <summary>Organisations where nobody holds the role a document was sent to (yet), for one role or set of roles.</summary>
/// <param name="Roles">The row's role, or the category's recipient roles when the row names none.</param>
public sealed record NobodyHoldsRole(IReadOnlyList<string> Roles, IReadOnlyList<string> OrganisationNames);

/// <summary>
/// Tells a sender where a sent document reaches nobody today: organisations where no active account
/// holds the chosen role, or any of the category's recipient roles. The document is still there
/// for whoever is given the role later. Rows naming a person are checked when sending, so are left out.
/// </summary>
public sealed class UnreachedRecipients(TenantDbContext db, RecipientPeople people, IOrganisationDirectory organisations)
{
    public async Task<IReadOnlyList<NobodyHoldsRole>> ForBatchAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        var documents = await db.Set<Document>().AsNoTracking().Where(d => d.BatchId == batchId).ToListAsync(cancellationToken);
        var categoryIds = documents.Select(d => d.CategoryId).Distinct().ToList();
        var categories = await db.Set<DocumentCategory>().AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var documentIds = documents.Select(d => d.Id).ToList();
        var rows = await db.Set<DocumentRecipient>().AsNoTracking()
            .Where(r => documentIds.Contains(r.DocumentId) && r.UserId == null)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var categoryOf = documents.ToDictionary(d => d.Id, d => categories[d.CategoryId]);

        var unreached = new List<(string Roles, string OrganisationId)>();
        foreach (var row in rows)
        {
            var category = categoryOf[row.DocumentId];
            if ((await people.ForAsync(row, category, cancellationToken)).Count == 0)
            {
                unreached.Add((row.RoleName ?? category.RecipientRoles, row.OrganisationId));
            }
        }

        var names = await organisations.FindManyAsync(unreached.Select(u => u.OrganisationId), cancellationToken);
        return [.. unreached
            .GroupBy(u => u.Roles, StringComparer.Ordinal)
            .Select(g => new NobodyHoldsRole(
                [.. DocumentAccess.Split(g.Key)],
                [.. g.Select(u => names.TryGetValue(u.OrganisationId, out var o) ? o.Name : u.OrganisationId).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase)]))];
    }
}
