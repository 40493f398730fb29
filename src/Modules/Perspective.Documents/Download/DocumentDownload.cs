using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Inbox;

namespace Perspective.Documents.Download;

/// <summary>
/// <c>GET /documents/{id}/download</c>: the newest version, decrypted while it streams, never
/// buffered whole. Refusals are 404 (no such document for this user) or 403 (two-factor needed).
/// </summary>
public sealed class DocumentDownload(
    DocumentAccess access,
    TenantDbContext db,
    DecryptedResponse response,
    IAuditLog audit,
    TimeProvider time)
{
    /// <summary>The <c>amr</c> value a sign-in that passed two-factor carries.</summary>
    public const string TwoFactorMethod = "mfa";

    public async Task<IResult> HandleAsync(HttpContext context, Guid id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var user = context.User;
        var document = await access.FindOpenableAsync(user, id, cancellationToken);
        var version = document is null ? null : await NewestVersionAsync(document.Id, cancellationToken);
        if (document is null || version is null || !ReleasedVersions.IsReleased(version.ScanStatus))
        {
            await audit.RecordNowAsync(DocumentsEvents.AccessRefused, nameof(Document), id.ToString(), cancellationToken: CancellationToken.None);
            return Results.NotFound();
        }

        var category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == document.CategoryId, cancellationToken);
        if (category.RequiresTwoFactor && !user.HasClaim(ClaimTypes.AuthenticationMethod, TwoFactorMethod))
        {
            await audit.RecordNowAsync(DocumentsEvents.TwoFactorRequired, nameof(Document), id.ToString(), cancellationToken: CancellationToken.None);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return await StreamAsync(context, document, version);
    }

    private async Task<IResult> StreamAsync(HttpContext context, Document document, DocumentVersion version)
    {
        var (result, completed) = await response.WriteAsync(context, document, version);
        if (completed)
        {
            // Recorded once the whole file has gone, so "downloaded" means delivered.
            await RecordOpeningAsync(context.User, document, version);
        }

        return result;
    }

    private Task<DocumentVersion?> NewestVersionAsync(Guid documentId, CancellationToken cancellationToken) =>
        db.Set<DocumentVersion>().AsNoTracking()
            .Where(v => v.DocumentId == documentId)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task RecordOpeningAsync(ClaimsPrincipal user, Document document, DocumentVersion version)
    {
        var userId = user.UserId()!;
        var recipient = await access.RecipientRowAsync(user, document, CancellationToken.None);
        if (recipient is not null)
        {
            var now = time.GetUtcNow().UtcDateTime;
            db.Add(new DocumentOpening { DocumentId = document.Id, RecipientId = recipient.Id, UserId = userId, OpenedUtc = now });
            if (recipient.FirstOpenedUtc is null)
            {
                recipient.FirstOpenedUtc = now;
                recipient.FirstOpenedByUserId = userId;
                audit.Record(DocumentsEvents.Opened, nameof(Document), document.Id.ToString(), $"First opened for {recipient.OrganisationId}");
            }
        }

        audit.Record(DocumentsEvents.Downloaded, nameof(Document), document.Id.ToString(), $"Version {version.Number}");
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
