using Microsoft.AspNetCore.Mvc;
using Perspective.Documents.Inbox;

namespace Perspective.Documents.Pages.DocumentPage;

/// <summary>Asks the sender to confirm, then revokes: recipients lose access at once.</summary>
public sealed class RevokeModel(SenderSide senders, DocumentChanges changes) : SenderPage(senders)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await changes.RevokeAsync(Document, User, cancellationToken);
        Banner = $"{Document.Title} is revoked. Recipients can no longer open it";
        return BackToDocument();
    }
}
