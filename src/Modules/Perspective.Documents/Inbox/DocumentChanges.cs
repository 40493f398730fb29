using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Events;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Events;
using Perspective.Documents.Sending;
using Perspective.Files.Uploads;

namespace Perspective.Documents.Inbox;

/// <summary>
/// What a sender does to a document after sending it: revoke it, set or clear its expiry date,
/// or replace its file with a new version. The caller has already checked the sender's side
/// (<see cref="SenderSide"/>); each change and its audit event commit together.
/// </summary>
public sealed class DocumentChanges(TenantDbContext db, UploadIntake uploads, IEventPublisher events, IAuditLog audit, TimeProvider time)
{
    /// <summary>Recipients lose access at once. Revoking twice changes nothing the second time.</summary>
    public async Task<bool> RevokeAsync(Document document, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(user);
        if (document.RevokedUtc is not null)
        {
            return false;
        }

        document.RevokedUtc = time.GetUtcNow().UtcDateTime;
        document.RevokedByUserId = user.UserId();
        audit.Record(DocumentsEvents.Revoked, nameof(Document), document.Id.ToString(), document.Title);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Sets (or, with null, clears) when recipients lose access. The caller checks a new date is in the future.</summary>
    public async Task<bool> SetExpiryAsync(Document document, DateTime? expiresUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.ExpiresUtc == expiresUtc)
        {
            return false;
        }

        document.ExpiresUtc = expiresUtc;
        audit.Record(DocumentsEvents.ExpirySet, nameof(Document), document.Id.ToString(), expiresUtc is { } e ? $"Expires {e:yyyy-MM-dd HH:mm} UTC" : "No expiry date");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Takes the uploaded file under the category's limits and adds it as the newest version;
    /// recipients are told the document has arrived again unless the file waits for its virus
    /// check. Returns the problem to show beside the upload field, or null when it is saved.
    /// </summary>
    public async Task<string?> AddVersionAsync(Document document, StreamedFile file, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(user);
        var category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == document.CategoryId, cancellationToken);
        var intake = await uploads.TakeAsync(file.Content, file.FileName, category.MaxSizeBytes, DocumentAccess.Split(category.AllowedExtensions).ToList(), cancellationToken);
        if (intake.File is not { } taken)
        {
            return intake.Problem;
        }

        var newest = await db.Set<DocumentVersion>().Where(v => v.DocumentId == document.Id).MaxAsync(v => (int?)v.Number, cancellationToken);
        var number = (newest ?? 0) + 1;
        db.Add(DocumentVersions.From(taken, document.Id, number, user.UserId()!, time.GetUtcNow().UtcDateTime));
        events.Publish(DocumentsEvents.VersionAdded, new DocumentReplaced(document.Id, number, Announce: taken.ScanStatus is not ScanStatus.Failed,
            $"Version {number}, {taken.Stored.PlaintextLength} bytes"));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing committed points at the blob: remove it now rather than leave it for the sweep.
            await uploads.DiscardAsync(taken);
            throw;
        }

        return null;
    }
}
