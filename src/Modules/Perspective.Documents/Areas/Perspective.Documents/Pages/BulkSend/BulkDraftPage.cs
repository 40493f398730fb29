using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Documents.Bulk;
using Perspective.Documents.Data;

namespace Perspective.Documents.Pages.BulkSend;

/// <summary>
/// What every page of a draft does first: finds the user's own draft (anyone else's is a 404) and
/// its category, and sends a draft that has been sent to its read receipts.
/// </summary>
public abstract class BulkDraftPage(BulkDrafts drafts, TenantDbContext db) : PageModel
{
    public SendBatch Draft { get; private set; } = default!;

    public DocumentCategory Category { get; private set; } = default!;

    protected BulkDrafts Drafts => drafts;

    /// <summary>Null when the page may go on with <see cref="Draft"/> and <see cref="Category"/>; otherwise what to answer.</summary>
    protected async Task<IActionResult?> LoadDraftAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await drafts.FindOwnAsync(User, batchId, cancellationToken);
        if (batch is null)
        {
            return NotFound();
        }

        if (batch.SentUtc is not null)
        {
            return Redirect(Url.Content(BulkSendPaths.Receipts(batch.Id)));
        }

        var category = await db.Set<DocumentCategory>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == batch.CategoryId, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        Draft = batch;
        Category = category;
        return null;
    }
}
