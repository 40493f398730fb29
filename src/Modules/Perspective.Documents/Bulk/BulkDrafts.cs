using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Core.Time;
using Perspective.Documents.Access;
using Perspective.Documents.Data;

namespace Perspective.Documents.Bulk;

/// <summary>
/// Bulk-send drafts and who may touch them: a draft is its creator's alone, so anyone else's
/// (another officer's included) is null and the page answers 404.
/// </summary>
public sealed class BulkDrafts(TenantDbContext db, TimeProvider time, IRefusalAudit refusals)
{
    /// <summary>The categories the user may send in: not archived, naming one of their roles as a sender, in name order.</summary>
    public async Task<IReadOnlyList<DocumentCategory>> SendableCategoriesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var categories = await db.Set<DocumentCategory>().AsNoTracking().Where(c => !c.IsArchived).ToListAsync(cancellationToken);
        return [.. categories.Where(c => MaySendIn(user, c)).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public static bool MaySendIn(ClaimsPrincipal user, DocumentCategory category)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(category);
        return !category.IsArchived && DocumentAccess.Split(category.SenderRoles).Intersect(user.RoleNames(), StringComparer.Ordinal).Any();
    }

    /// <summary>Starts a draft; the caller has checked the category with <see cref="MaySendIn"/>. Saved at once.</summary>
    public async Task<SendBatch> CreateAsync(ClaimsPrincipal user, DocumentCategory category, string? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(category);
        var now = time.GetUtcNow().UtcDateTime;
        var batch = new SendBatch
        {
            Id = Guid.NewGuid(),
            CategoryId = category.Id,
            Title = $"{category.Name}, {UkTime.Date(now)}",
            Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
            SenderUserId = user.UserId() ?? throw new InvalidOperationException("A signed-in user has an id."),
            SenderOrganisationId = user.OrganisationId() ?? throw new InvalidOperationException("Only a user of an organisation sends documents."),
            CreatedUtc = now,
        };
        db.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }

    /// <summary>
    /// The user's own batch, draft or sent (not tracked), or null for anyone else's or an unknown
    /// id; a refusal is audited, as for documents.
    /// </summary>
    public async Task<SendBatch?> FindOwnAsync(ClaimsPrincipal user, Guid batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.UserId();
        var batch = userId is null ? null
            : await db.Set<SendBatch>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId && b.SenderUserId == userId, cancellationToken);
        if (batch is null)
        {
            await refusals.RecordAsync(DocumentsEvents.AccessRefused, nameof(SendBatch), batchId.ToString());
        }

        return batch;
    }

    /// <summary>The draft's files still in it (not removed), in upload order.</summary>
    public Task<List<StagedFile>> FilesAsync(Guid batchId, CancellationToken cancellationToken) =>
        db.Set<StagedFile>().AsNoTracking()
            .Where(f => f.BatchId == batchId && !f.Dropped)
            .OrderBy(f => f.UploadedUtc).ThenBy(f => f.FileName).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);

    /// <summary>How many files the draft holds (not removed).</summary>
    public Task<int> CountFilesAsync(Guid batchId, CancellationToken cancellationToken) =>
        db.Set<StagedFile>().CountAsync(f => f.BatchId == batchId && !f.Dropped, cancellationToken);
}
