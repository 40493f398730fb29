using Microsoft.AspNetCore.Mvc;
using Perspective.Core.Time;
using Perspective.Documents.Dates;
using Perspective.Documents.Inbox;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Pages.DocumentPage;

/// <summary>
/// Sets, changes or clears the date recipients lose access. A date is the first day they can no
/// longer open it (from midnight UK time), so it must be after today.
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
            Expiry = DateParts.Of(UkTime.Today(expires));
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

        await changes.SetExpiryAsync(Document, UkTime.StartOfDayUtc(date), cancellationToken);
        Banner = $"{Document.Title} expires on {date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
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
