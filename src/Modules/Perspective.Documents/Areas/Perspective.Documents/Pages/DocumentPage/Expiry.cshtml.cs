using Microsoft.AspNetCore.Mvc;
using Perspective.Core.Time;
using Perspective.Documents.Dates;
using Perspective.Documents.Inbox;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Pages.DocumentPage;

/// <summary>
/// Sets, changes or clears the expiry date: the last day recipients can open the document
/// (<see cref="ExpiryDates"/>, as on the send page), which must be after today.
/// </summary>
public sealed class ExpiryModel(SenderSide senders, DocumentChanges changes, TimeProvider time) : SenderPage(senders)
{
    [BindProperty]
    public DateParts Expiry { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Document.ExpiresUtc is { } expires)
        {
            Expiry = DateParts.Of(ExpiryDates.LastDay(expires));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        var read = GovUkDate.Read(Expiry, nameof(Expiry), "the expiry date", after: UkTime.Today(time.GetUtcNow().UtcDateTime));
        if (read.Date is not { } date)
        {
            ModelState.AddModelError(read.ErrorKey!, read.Problem!);
            return Page();
        }

        var ends = ExpiryDates.EndsUtc(date);
        await changes.SetExpiryAsync(Document, ends, cancellationToken);
        Banner = $"Recipients can open {Document.Title} until the end of {UkTime.Date(UkTime.StartOfDayUtc(date))}";
        return BackToDocument();
    }

    public async Task<IActionResult> OnPostClearAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await changes.SetExpiryAsync(Document, null, cancellationToken);
        Banner = $"{Document.Title} has no expiry date";
        return BackToDocument();
    }
}
