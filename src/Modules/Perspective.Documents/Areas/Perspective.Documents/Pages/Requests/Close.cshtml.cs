using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Documents.Data;
using Perspective.Documents.Requests;

namespace Perspective.Documents.Pages.Requests;

/// <summary>
/// Asks the asker to confirm, then closes the request: schools can no longer upload. A request is
/// not reopened. 404 unless the user may manage the request; closing twice changes nothing.
/// </summary>
[Authorize(Policy = "Permission:SendDocuments")]
public sealed class CloseRequestModel(TenantDbContext db, FileRequestAccess access, IAuditLog audit, TimeProvider time) : PageModel
{
    public FileRequest FileRequest { get; private set; } = default!;

    [TempData(Key = RequestsBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await access.ForAskerAsync(User, id, cancellationToken) is not { } request)
        {
            await access.RefusedAsync(id);
            return NotFound();
        }

        FileRequest = request;
        return request.ClosedUtc is null ? Page() : LocalRedirect(Url.Content(RequestPaths.Request(id)));
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await access.ForAskerAsync(User, id, cancellationToken) is not { } request)
        {
            await access.RefusedAsync(id);
            return NotFound();
        }

        if (request.ClosedUtc is null)
        {
            request.ClosedUtc = time.GetUtcNow().UtcDateTime;
            audit.Record(DocumentsEvents.FileRequestClosed, nameof(FileRequest), id.ToString(CultureInfo.InvariantCulture), request.Title);
            await db.SaveChangesAsync(cancellationToken);
            Banner = $"{request.Title} is closed";
        }

        return LocalRedirect(Url.Content(RequestPaths.Request(id)));
    }
}
