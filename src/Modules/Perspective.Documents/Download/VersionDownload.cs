using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Documents.Data;
using Perspective.Documents.Inbox;

namespace Perspective.Documents.Download;

/// <summary>
/// <c>GET /documents/{id}/versions/{number}/download</c>: any version, for the sender's side only
/// (<see cref="SenderSide"/>), streamed as the recipients' download is. Everyone else gets 404;
/// a two-factor category still needs a two-factor sign-in (403). A sender's download is not an
/// opening, so it never touches the read receipts. Versions held by the scanner are served to the
/// sender too, as they sent the file.
/// </summary>
public sealed class VersionDownload(SenderSide senders, TenantDbContext db, DecryptedResponse response, IAuditLog audit)
{
    public async Task<IResult> HandleAsync(HttpContext context, Guid id, int number)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var document = await senders.FindSentAsync(context.User, id, cancellationToken);
        var version = document is null
            ? null
            : await db.Set<DocumentVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == id && v.Number == number, cancellationToken);
        if (document is null || version is null)
        {
            await audit.RecordNowAsync(DocumentsEvents.AccessRefused, nameof(Document), id.ToString(), $"Version {number}", CancellationToken.None);
            return Results.NotFound();
        }

        var category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == document.CategoryId, cancellationToken);
        if (category.RequiresTwoFactor && !context.User.HasClaim(ClaimTypes.AuthenticationMethod, DocumentDownload.TwoFactorMethod))
        {
            await audit.RecordNowAsync(DocumentsEvents.TwoFactorRequired, nameof(Document), id.ToString(), cancellationToken: CancellationToken.None);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var (result, completed) = await response.WriteAsync(context, document, version);
        if (completed)
        {
            await audit.RecordNowAsync(DocumentsEvents.Downloaded, nameof(Document), id.ToString(), $"Version {number}", CancellationToken.None);
        }

        return result;
    }
}

internal static class VersionDownloadEndpoints
{
    public static IEndpointRouteBuilder MapVersionDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/documents/{id:guid}/versions/{number:int}/download", DownloadVersionAsync);
        return endpoints;
    }

    private static Task<IResult> DownloadVersionAsync(HttpContext context, Guid id, int number) =>
        context.RequestServices.GetRequiredService<VersionDownload>().HandleAsync(context, id, number);
}
