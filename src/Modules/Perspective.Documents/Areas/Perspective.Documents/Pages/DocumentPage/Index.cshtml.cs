using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Documents.Data;
using Perspective.Documents.Download;
using Perspective.Documents.Inbox;

namespace Perspective.Documents.Pages.DocumentPage;

/// <summary>
/// One document. Recipients see what it is and a download button (or, for a two-factor category
/// without a two-factor sign-in, how to get one); the sender's side also sees its versions and
/// the ways to change it. Viewing the page is not opening the document: the download is.
/// 404 unless <see cref="SenderSide.FindForPageAsync"/> allows it.
/// </summary>
public sealed class DocumentModel(SenderSide senders, TenantDbContext db, IOrganisationDirectory organisations) : PageModel
{
    [TempData(Key = DocumentBanner.Key)]
    public string? Banner { get; set; }

    public Document Document { get; private set; } = default!;

    public bool AsSender { get; private set; }

    public DocumentCategory Category { get; private set; } = default!;

    public string From { get; private set; } = "";

    /// <summary>Newest first.</summary>
    public IReadOnlyList<DocumentVersion> Versions { get; private set; } = [];

    public DocumentVersion Newest => Versions[0];

    public bool NeedsTwoFactor => Category.RequiresTwoFactor && !User.HasClaim(ClaimTypes.AuthenticationMethod, DocumentDownload.TwoFactorMethod);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await senders.FindForPageAsync(User, id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Document, AsSender) = found;
        Versions = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(v => v.DocumentId == id)
            .OrderByDescending(v => v.Number)
            .ToListAsync(cancellationToken);
        // Recipients never learn of a document whose newest file the scanner holds.
        if (Versions.Count == 0 || (!AsSender && !ReleasedVersions.IsReleased(Newest.ScanStatus)))
        {
            return NotFound();
        }

        Category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == Document.CategoryId, cancellationToken);
        From = (await organisations.FindAsync(Document.SenderOrganisationId, cancellationToken))?.Name ?? "Unknown";
        return Page();
    }
}
