using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Documents.Data;
using Perspective.Documents.Inbox;

namespace Perspective.Documents.Pages.DocumentPage;

/// <summary>
/// A page of the sender's side of one document (revoke, expiry, replace, delete): 404 for anyone
/// not on it (<see cref="SenderSide"/>), and for a revoked document a trip back to the document
/// page, as nothing more but deleting can be done to it.
/// </summary>
public abstract class SenderPage(SenderSide senders) : PageModel
{
    [TempData(Key = DocumentBanner.Key)]
    public string? Banner { get; set; }

    public Document Document { get; private set; } = default!;

    /// <summary>Null when the page may go on with <see cref="Document"/>; otherwise the answer to give.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken, bool allowRevoked = false)
    {
        if (await senders.FindDocumentAsync(User, id, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        return document.RevokedUtc is null || allowRevoked ? null : BackToDocument();
    }

    protected IActionResult BackToDocument() => Redirect(Url.Content(DocumentBanner.Path(Document.Id)));
}
