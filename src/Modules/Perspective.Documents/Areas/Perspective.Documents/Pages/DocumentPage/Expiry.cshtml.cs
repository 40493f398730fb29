using Microsoft.AspNetCore.Mvc;
using Perspective.Documents.Inbox;

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
            Expiry = DateParts.Of(UkDates.Today(expires));
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
        if (Expiry.Problem("expiry date", out var date) is { } problem)
        {
            ModelState.AddModelError(nameof(Expiry), problem);
            return Page();
        }

        if (date <= UkDates.Today(time.GetUtcNow().UtcDateTime))
        {
            ModelState.AddModelError(nameof(Expiry), "The expiry date must be in the future");
            return Page();
        }

        await changes.SetExpiryAsync(Document, UkDates.StartUtc(date), cancellationToken);
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
