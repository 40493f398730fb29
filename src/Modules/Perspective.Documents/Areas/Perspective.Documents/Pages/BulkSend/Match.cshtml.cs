using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perspective.Core.Data;
using Perspective.Documents.Bulk;
using Perspective.Documents.Data;

namespace Perspective.Documents.Pages.BulkSend;

/// <summary>Chooses the school for one file of a draft by its URN, DfE number or organisation id; open schools only.</summary>
[Authorize(Policy = "Permission:SendDocuments")]
public sealed class MatchModel(BulkDrafts drafts, BulkStaging staging, TenantDbContext db) : BulkDraftPage(drafts, db)
{
    [BindProperty]
    public string? Reference { get; set; }

    public StagedFile Staged { get; private set; } = default!;

    [TempData(Key = BulkSendBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid batchId, Guid fileId, CancellationToken cancellationToken) =>
        await LoadAsync(batchId, fileId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid batchId, Guid fileId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(batchId, fileId, cancellationToken) is { } answer)
        {
            return answer;
        }

        if (await staging.MatchByHandAsync(Staged, Reference, cancellationToken) is { } problem)
        {
            ModelState.AddModelError(nameof(Reference), problem);
            return Page();
        }

        Banner = $"{Staged.FileName} is matched";
        return Redirect(Url.Content(BulkSendPaths.Preview(batchId)));
    }

    private async Task<IActionResult?> LoadAsync(Guid batchId, Guid fileId, CancellationToken cancellationToken)
    {
        if (await LoadDraftAsync(batchId, cancellationToken) is { } answer)
        {
            return answer;
        }

        if (await staging.FindAsync(batchId, fileId, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Staged = file;
        return null;
    }
}
