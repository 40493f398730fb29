using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Documents.Access;
using Perspective.Documents.Categories;
using Perspective.Documents.Inbox;

namespace Perspective.Documents.Pages.Inbox;

/// <summary>
/// The documents the signed-in user can open today. Signing in is enough to ask: the list holds
/// only what <see cref="RecipientRule"/> lets this user open, so it is empty for anyone else.
/// </summary>
public sealed class ReceivedModel(RecipientRules rules, ReceivedDocuments received, CategoryStore categories) : FilteredListPage
{
    public const string Opened = "opened";
    public const string NotOpened = "not-opened";

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<SelectListItem> Statuses { get; } =
    [
        new("Opened", Opened),
        new("Not opened", NotOpened),
    ];

    public ListPage<ReceivedItem>? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CheckFilters(await categories.ListAsync(cancellationToken));
        bool? opened = Status switch
        {
            null or "" => null,
            Opened => true,
            NotOpened => false,
            _ => null,
        };
        if (Status is { Length: > 0 } and not Opened and not NotOpened)
        {
            ModelState.AddModelError(nameof(Status), "Select a status from the list");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await rules.ForAsync(User, cancellationToken) is not { } rule)
        {
            Results = new ListPage<ReceivedItem>([], 1, 0);
            return Page();
        }

        Results = await received.PageAsync(rule, new ReceivedFilter(CategoryId, FromUtc, BeforeUtc, opened, Search), PageAsked, cancellationToken);
        return Results is null ? NotFound() : Page();
    }
}
