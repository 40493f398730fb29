using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Files;
using Perspective.Documents.Storage;

namespace Perspective.Documents.Download;

/// <summary>
/// <c>GET /documents/{id}/download</c>: the newest version, decrypted while it streams, never
/// buffered whole. Refusals are 404 (no such document for this user) or 403 (two-factor needed).
/// </summary>
public sealed class DocumentDownload(
    DocumentAccess access,
    TenantDbContext db,
    EncryptedFiles files,
    IAuditLog audit,
    TimeProvider time)
{
    private const int BufferSize = 64 * 1024;
    private const string TwoFactorMethod = "mfa";

    public async Task<IResult> HandleAsync(HttpContext context, Guid id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var user = context.User;
        var document = await access.FindOpenableAsync(user, id, cancellationToken);
        var version = document is null ? null : await NewestVersionAsync(document.Id, cancellationToken);
        if (document is null || version is null || !IsReleased(version))
        {
            await audit.RecordNowAsync("documents.access-refused", nameof(Document), id.ToString(), cancellationToken: CancellationToken.None);
            return Results.NotFound();
        }

        var category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == document.CategoryId, cancellationToken);
        if (category.RequiresTwoFactor && !user.HasClaim(ClaimTypes.AuthenticationMethod, TwoFactorMethod))
        {
            await audit.RecordNowAsync("documents.two-factor-required", nameof(Document), id.ToString(), cancellationToken: CancellationToken.None);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return await StreamAsync(context, document, version);
    }

    private async Task<IResult> StreamAsync(HttpContext context, Document document, DocumentVersion version)
    {
        var cancellationToken = context.RequestAborted;
        var buffer = new byte[BufferSize];
        Stream plaintext;
        int read;
        try
        {
            plaintext = await files.OpenReadAsync(version.StorageName, new WrappedFileKey(version.WrappedKey, version.KeyVersion), cancellationToken);
            // Read the first chunk before answering, so a damaged file still gets a proper error page.
            read = await ReadFirstAsync(plaintext, buffer, cancellationToken);
        }
        catch (FileTamperedException)
        {
            await RecordTamperedAsync(document, version);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        await using (plaintext)
        {
            var response = context.Response;
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = version.ContentType;
            response.ContentLength = version.SizeBytes;
            response.Headers.ContentDisposition = ContentDispositions.Attachment(version.FileName);
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.CacheControl = "no-store";
            try
            {
                while (read > 0)
                {
                    await response.Body.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    read = await plaintext.ReadAsync(buffer, cancellationToken);
                }
            }
            catch (FileTamperedException)
            {
                // Bytes have gone out under a 200: cut the connection so the client sees a failed
                // download rather than a short file that looks complete.
                await RecordTamperedAsync(document, version);
                context.Abort();
                return Results.Empty;
            }
        }

        // Recorded once the whole file has gone, so "downloaded" means delivered.
        await RecordOpeningAsync(context.User, document, version);
        return Results.Empty;
    }

    private static async Task<int> ReadFirstAsync(Stream plaintext, byte[] buffer, CancellationToken cancellationToken) =>
        await plaintext.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);

    private Task<DocumentVersion?> NewestVersionAsync(Guid documentId, CancellationToken cancellationToken) =>
        db.Set<DocumentVersion>().AsNoTracking()
            .Where(v => v.DocumentId == documentId)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Files held by the scanner (pending, quarantined, failed) are never released.</summary>
    private static bool IsReleased(DocumentVersion version) =>
        version.ScanStatus is ScanStatus.NotScanned or ScanStatus.Clean;

    private Task RecordTamperedAsync(Document document, DocumentVersion version) =>
        audit.RecordNowAsync("documents.tampered", nameof(Document), document.Id.ToString(), $"Version {version.Number}", CancellationToken.None);

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
            }
        }

        audit.Record("documents.downloaded", nameof(Document), document.Id.ToString(), $"Version {version.Number}");
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
