using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Documents.Data;

namespace Perspective.Documents.Categories;

/// <summary>Reads and writes categories; callers save the unit of work, with their audit event.</summary>
public sealed class CategoryStore(TenantDbContext db, TimeProvider time)
{
    private DbSet<DocumentCategory> Categories => db.Set<DocumentCategory>();

    public async Task<List<DocumentCategory>> ListAsync(CancellationToken cancellationToken) =>
        (await Categories.ToListAsync(cancellationToken)).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

    public Task<DocumentCategory?> FindAsync(int id, CancellationToken cancellationToken) =>
        Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>
    /// The category already called <paramref name="name"/> in any case, other than <paramref name="exceptId"/>.
    /// Compared in memory: the database's case folding differs between SQLite and PostgreSQL.
    /// </summary>
    public async Task<DocumentCategory?> NamedAsync(string name, int? exceptId, CancellationToken cancellationToken) =>
        (await Categories.ToListAsync(cancellationToken))
            .FirstOrDefault(c => c.Id != exceptId && string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public DocumentCategory Add(CategoryDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = time.GetUtcNow().UtcDateTime;
        var category = new DocumentCategory { Name = draft.Name, CreatedUtc = now, UpdatedUtc = now };
        draft.ApplyTo(category);
        Categories.Add(category);
        return category;
    }

    /// <summary>Applies the draft and returns what changed; nothing at all is touched when nothing differs.</summary>
    public IReadOnlyList<string> Update(DocumentCategory category, CategoryDraft draft)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(draft);
        var changes = CategoryChanges.Between(CategoryDraft.Of(category), draft);
        if (changes.Count > 0)
        {
            draft.ApplyTo(category);
            category.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        }

        return changes;
    }

    public void SetArchived(DocumentCategory category, bool archived)
    {
        ArgumentNullException.ThrowIfNull(category);
        category.IsArchived = archived;
        category.UpdatedUtc = time.GetUtcNow().UtcDateTime;
    }
}
