using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Time;
using Perspective.Documents.Data;
using Perspective.Documents.Dates;
using Perspective.Documents.Inbox;

namespace Perspective.Documents.Pages.Inbox;

/// <summary>
/// What the received and sent lists share: a GET filter form (category, sent between two dates,
/// search in the title) and a page number. Values arrive as text so a bad one gets a GOV.UK
/// message rather than the framework's; a page with a bad filter shows the errors and no list.
/// </summary>
public abstract class FilteredListPage : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SentFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SentTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PageNumber { get; set; }

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    protected int? CategoryId { get; private set; }

    protected DateTime? FromUtc { get; private set; }

    protected DateTime? BeforeUtc { get; private set; }

    /// <summary>The page asked for; 0 when it is not a number (the page answers 404).</summary>
    protected int PageAsked => ListPages.Asked(PageNumber);

    /// <summary>Checks the shared filters, adding a GOV.UK error for each bad one.</summary>
    protected void CheckFilters(IReadOnlyList<DocumentCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = categories.Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        if (!string.IsNullOrEmpty(Category))
        {
            if (int.TryParse(Category, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && categories.Any(c => c.Id == id))
            {
                CategoryId = id;
            }
            else
            {
                ModelState.AddModelError(nameof(Category), "Select a category from the list");
            }
        }

        DateOnly? from = null;
        DateOnly? to = null;
        if (!string.IsNullOrWhiteSpace(SentFrom))
        {
            if (UkDates.TryParse(SentFrom, out var date))
            {
                from = date;
            }
            else
            {
                ModelState.AddModelError(nameof(SentFrom), "Enter the 'sent from' date as a real date, for example 27/3/2026");
            }
        }

        if (!string.IsNullOrWhiteSpace(SentTo))
        {
            if (UkDates.TryParse(SentTo, out var date))
            {
                to = date;
            }
            else
            {
                ModelState.AddModelError(nameof(SentTo), "Enter the 'sent to' date as a real date, for example 27/3/2026");
            }
        }

        if (from is { } f && to is { } t && t < f)
        {
            ModelState.AddModelError(nameof(SentTo), "The 'sent to' date must be the same as or after the 'sent from' date");
        }

        FromUtc = from is { } start ? UkTime.StartOfDayUtc(start) : null;
        BeforeUtc = to is { } end ? UkTime.StartOfDayUtc(end.AddDays(1)) : null;
    }
}
