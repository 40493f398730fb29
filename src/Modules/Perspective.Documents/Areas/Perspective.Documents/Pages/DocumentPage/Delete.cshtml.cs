using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Documents.Inbox;
using Perspective.Documents.Retention;

namespace Perspective.Documents.Pages.DocumentPage;

/// <summary>
/// Asks the sender to confirm, then deletes the document, every version and its read receipts
/// (revoked ones too). A document under legal hold is refused with a GOV.UK error and kept.
/// </summary>
public sealed class DeleteModel(SenderSide senders, DocumentDeletion deletion) : SenderPage(senders)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken, allowRevoked: true) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, allowRevoked: true) is { } refused)
        {
            return refused;
        }

        if (Document.LegalHold)
        {
            return UnderLegalHold();
        }

        var deleted = await deletion.DeleteAsync(id, d => !d.LegalHold, DocumentsEvents.Deleted, $"Title: {Document.Title}; deleted by the sender", cancellationToken);
        if (!deleted.Deleted)
        {
            // Put on hold (or deleted by retention) since the page was read.
            return UnderLegalHold();
        }

        Banner = $"{Document.Title} is deleted";
        return Redirect(Url.Content("~/documents/sent"));
    }

    private PageResult UnderLegalHold()
    {
        ModelState.AddModelError("confirm", "This document is under legal hold, so it cannot be deleted");
        return Page();
    }
}
