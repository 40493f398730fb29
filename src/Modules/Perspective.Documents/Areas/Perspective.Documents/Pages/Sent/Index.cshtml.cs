using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Documents.Categories;
using Perspective.Documents.Inbox;
using Perspective.Documents.Pages.Inbox;

namespace Perspective.Documents.Pages.Sent;

/// <summary>
/// What the user's organisation has sent, one row per sending act. Everyone sees what they sent
/// themselves; colleagues who hold SendDocuments may also see their team's, as they may chase it.
/// </summary>
public sealed class SentModel(SentBatches sent, CategoryStore categories, IOrganisationDirectory organisations, IPermissionGrants grants) : FilteredListPage
{
    public const string ByMe = "me";
    public const string ByTeam = "team";
    public const string AllOpened = "all-opened";
    public const string SomeNotOpened = "some-not-opened";

    [BindProperty(SupportsGet = true)]
    public string? SentBy { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public bool MayShowTeam { get; private set; }

    /// <summary>Said once, after a document was deleted.</summary>
    [TempData(Key = DocumentPage.DocumentBanner.Key)]
    public string? Banner { get; set; }

    public IReadOnlyList<SelectListItem> SenderChoices { get; } = [new("Sent by me", ByMe), new("Sent by my team", ByTeam)];

    public IReadOnlyList<SelectListItem> Statuses { get; } = [new("All opened", AllOpened), new("Some not opened", SomeNotOpened)];

    public ListPage<SentItem>? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CheckFilters(await categories.ListAsync(cancellationToken));
        MayShowTeam = await grants.HoldsAsync(User, DocumentsPermissions.SendDocuments, cancellationToken);
        if (SentBy is { Length: > 0 } and not ByMe and not ByTeam || (SentBy == ByTeam && !MayShowTeam))
        {
            ModelState.AddModelError(nameof(SentBy), "Select who sent the documents from the list");
        }

        if (Status is { Length: > 0 } and not AllOpened and not SomeNotOpened)
        {
            ModelState.AddModelError(nameof(Status), "Select a status from the list");
        }

        var schools = await SchoolsAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var filter = new SentFilter(SentBy == ByTeam, CategoryId, FromUtc, BeforeUtc, schools, Status is { Length: > 0 } ? Status == AllOpened : null, Search);
        Results = await sent.PageAsync(User, filter, PageAsked, cancellationToken);
        return Results is null ? NotFound() : Page();
    }

    /// <summary>The schools a reference (URN or DfE number) or part of a name picks out; null when no school was asked for.</summary>
    private async Task<IReadOnlyCollection<string>?> SchoolsAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(School))
        {
            return null;
        }

        var term = School.Trim();
        if (await organisations.FindByReferenceAsync(term, cancellationToken) is { } found)
        {
            return [found.Id];
        }

        var named = (await organisations.OpenSchoolsAsync(cancellationToken))
            .Where(o => o.Name.Contains(term, StringComparison.OrdinalIgnoreCase))
            .Select(o => o.Id)
            .ToList();
        if (named.Count == 0)
        {
            ModelState.AddModelError(nameof(School), "Enter a school's name, URN or DfE number that matches a school");
        }

        return named;
    }
}
