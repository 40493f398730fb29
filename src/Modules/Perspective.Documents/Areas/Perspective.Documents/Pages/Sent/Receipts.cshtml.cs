using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Documents.Data;
using Perspective.Documents.Inbox;

namespace Perspective.Documents.Pages.Sent;

/// <summary>
/// The read receipts of one sending act, and the one action that chases every school that has
/// not opened. 404 unless the user is on the batch's sender's side (<see cref="SenderSide"/>).
/// </summary>
public sealed class ReceiptsModel(SenderSide senders, ReadReceipts receipts, BatchReminders reminders) : PageModel
{
    public const string Opened = "opened";
    public const string NotOpened = "not-opened";

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PageNumber { get; set; }

    [TempData(Key = ReceiptsBanner.Key)]
    public string? Banner { get; set; }

    public SendBatch Batch { get; private set; } = default!;

    public ReceiptCounts Counts { get; private set; } = new(0, 0);

    public int SchoolsToRemind { get; private set; }

    public ListPage<ReceiptItem>? Results { get; private set; }

    public IReadOnlyList<SelectListItem> Statuses { get; } = [new("Opened", Opened), new("Not opened", NotOpened)];

    public async Task<IActionResult> OnGetAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (await senders.FindBatchAsync(User, batchId, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        Batch = batch;
        Counts = await receipts.CountAsync(batchId, cancellationToken);
        SchoolsToRemind = await reminders.SchoolsNotOpenedAsync(batchId, cancellationToken);
        if (Status is { Length: > 0 } and not Opened and not NotOpened)
        {
            ModelState.AddModelError(nameof(Status), "Select a status from the list");
            return Page();
        }

        bool? opened = Status is { Length: > 0 } ? Status == Opened : null;
        Results = await receipts.PageAsync(batchId, opened, School, ListPages.Asked(PageNumber), cancellationToken);
        return Results is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (await senders.FindBatchAsync(User, batchId, cancellationToken) is not { } batch)
        {
            return NotFound();
        }

        var round = await reminders.RemindAsync(batch, cancellationToken);
        Banner = (round.Reminded, round.TooSoon) switch
        {
            (0, 0) => "There was nobody to remind: every live document in this batch has been opened",
            (0, _) => $"Nobody was reminded: {Schools(round.TooSoon)} already had a reminder in the last 24 hours",
            (_, 0) => $"Reminders sent to {Schools(round.Reminded)}",
            _ => $"Reminders sent to {Schools(round.Reminded)}. {Schools(round.TooSoon)} had a reminder in the last 24 hours, so were not reminded again",
        };
        return Redirect(Url.Content($"~/documents/sent/{batchId}"));
    }

    private static string Schools(int count) => count == 1 ? "1 school" : $"{count} schools";
}
