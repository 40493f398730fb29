using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perspective.Core.Data;
using Perspective.Documents.Bulk;

namespace Perspective.Documents.Pages.BulkSend;

/// <summary>
/// Shows where each file of the draft would go (matched, unmatched, duplicates), lets the sender
/// remove any file, and sends once every file matches exactly one school.
/// </summary>
[Authorize(Policy = "Permission:SendDocuments")]
public sealed class PreviewModel(BulkDrafts drafts, BulkPlanner planner, BulkStaging staging, BulkSending sending, TenantDbContext db) : BulkDraftPage(drafts, db)
{
    public const string UnmatchedField = nameof(Unmatched);
    public const string DuplicatesField = nameof(Duplicates);

    public BulkPlan Plan { get; private set; } = new([], [], []);

    // Named for the error summary: a refused send links to the list that needs attention.
    public IReadOnlyList<UnplannedFile> Unmatched => Plan.Unmatched;

    public IReadOnlyList<DuplicatePlan> Duplicates => Plan.Duplicates;

    [TempData(Key = BulkSendBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (await LoadDraftAsync(batchId, cancellationToken) is { } answer)
        {
            return answer;
        }

        await PlanAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid batchId, Guid fileId, CancellationToken cancellationToken)
    {
        if (await LoadDraftAsync(batchId, cancellationToken) is { } answer)
        {
            return answer;
        }

        if (await staging.FindAsync(batchId, fileId, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        await staging.RemoveAsync(batchId, fileId, cancellationToken);
        Banner = $"{file.FileName} is removed";
        return Redirect(Url.Content(BulkSendPaths.Preview(batchId)));
    }

    public async Task<IActionResult> OnPostSendAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var result = await sending.SendAsync(batchId, User, cancellationToken);
        switch (result.Outcome)
        {
            case BulkSendOutcome.NotFound:
                return NotFound();
            case BulkSendOutcome.Sent:
            case BulkSendOutcome.AlreadySent:
                return Redirect(Url.Content(BulkSendPaths.Receipts(batchId)));
        }

        if (await LoadDraftAsync(batchId, cancellationToken) is { } answer)
        {
            return answer;
        }

        await PlanAsync(cancellationToken);
        var field = Plan.Unmatched.Count > 0 ? UnmatchedField : Plan.Duplicates.Count > 0 ? DuplicatesField : "";
        ModelState.AddModelError(field, result.Problem!);
        return Page();
    }

    private async Task PlanAsync(CancellationToken cancellationToken) =>
        Plan = await planner.PlanAsync(await Drafts.FilesAsync(Draft.Id, cancellationToken), cancellationToken);
}
