using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Documents.Data;

namespace Perspective.Documents.Retention;

/// <summary>
/// Puts a document under legal hold, so retention never deletes it, or releases it. No page yet:
/// the caller checks the permission and the organisation before calling.
/// </summary>
public sealed class LegalHolds(TenantDbContext db, IAuditLog audit)
{
    public const int MaxReasonLength = 500;

    /// <summary>Sets or releases the hold and records why; saves. A blank or over-long reason is refused.</summary>
    public async Task<LegalHoldChange> SetLegalHoldAsync(Guid documentId, bool hold, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        reason = reason.Trim();
        if (reason.Length > MaxReasonLength)
        {
            throw new ArgumentException($"The reason must be {MaxReasonLength} characters or fewer.", nameof(reason));
        }

        var document = await db.Set<Document>().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return LegalHoldChange.NotFound;
        }

        if (document.LegalHold == hold)
        {
            return LegalHoldChange.Unchanged;
        }

        document.LegalHold = hold;
        audit.Record(hold ? DocumentsEvents.LegalHoldSet : DocumentsEvents.LegalHoldReleased, RetentionAudit.ObjectType, documentId.ToString(), reason);
        await db.SaveChangesAsync(cancellationToken);
        return LegalHoldChange.Changed;
    }
}

public enum LegalHoldChange
{
    /// <summary>No such document in this tenant (a page answers 404).</summary>
    NotFound,

    /// <summary>It was already so; nothing recorded.</summary>
    Unchanged,
    Changed,
}
