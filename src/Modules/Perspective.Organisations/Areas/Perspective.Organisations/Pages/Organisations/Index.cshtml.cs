using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Organisations.Data;
using Perspective.Organisations.References;

namespace Perspective.Organisations.Pages.Organisations;

/// <summary>Every school and LA team, filtered and a page at a time.</summary>
[Authorize(Policy = "Permission:ViewAllOrganisations")]
public sealed class OrganisationsModel(TenantDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Edition { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int FirstShown => Total == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;

    public int LastShown => Math.Min(PageNumber * PageSize, Total);

    public IReadOnlyList<SelectListItem> Phases { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Groups { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Statuses { get; } = [new("Any", ""), new("Open", "open"), new("Proposed to open", "proposed"), new("Closed", "closed")];

    public static IReadOnlyList<SelectListItem> Editions { get; } = [new("Any", ""), new("Lite", "Lite"), new("Full", "Full")];

    /// <summary>The page's address with the current filters and another page number.</summary>
    public string PageUrl(int page) =>
        Url.Page(null, new { Search, Phase, Status, Edition, Group, pageNumber = page })!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var organisations = db.Set<Organisation>().AsNoTracking();
        var query = Filter(organisations);
        Total = await query.CountAsync(cancellationToken);
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        Organisations = await query
            .OrderBy(o => o.Kind).ThenBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var phases = await organisations.Where(o => o.Phase != null).Select(o => o.Phase!).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        Phases = [new("Any", ""), .. phases.Select(p => new SelectListItem(p, p))];
        var groups = await db.Set<OrganisationGroup>().AsNoTracking().OrderBy(g => g.Kind).ThenBy(g => g.Name).ToListAsync(cancellationToken);
        Groups = [new("Any", ""), .. groups.Select(g => new SelectListItem($"{g.Name} ({g.Kind.ToString().ToLowerInvariant()})", g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return Page();
    }

    private IQueryable<Organisation> Filter(IQueryable<Organisation> query)
    {
        if (DfeNumbers.Compact(Search) is { } compact)
        {
            var text = Search!.Trim().ToLowerInvariant();
            var urn = DfeNumbers.ParseUrn(compact);
            var digits = compact.Replace("/", "", StringComparison.Ordinal);
            var isNumber = digits.Length > 0 && digits.All(char.IsAsciiDigit);
            // ToLower is translated to SQL's lower() on both databases; no culture reaches it.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(o => o.Name.ToLower().Contains(text)
                || (urn != null && o.Urn == urn)
                || (isNumber && o.DfeNumber != null && o.DfeNumber.StartsWith(digits)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (!string.IsNullOrEmpty(Phase))
        {
            query = query.Where(o => o.Phase == Phase);
        }

        query = Status switch
        {
            "open" => query.Where(ReceivingSchools.Receives),
            "proposed" => query.Where(ReceivingSchools.Proposals),
            "closed" => query.Where(o => o.ClosedUtc != null),
            _ => query,
        };
        if (Enum.TryParse<SchoolEdition>(Edition, out var edition))
        {
            query = query.Where(o => o.Edition == edition);
        }

        if (Group is { } groupId)
        {
            var members = db.Set<OrganisationGroupMember>().Where(m => m.GroupId == groupId).Select(m => m.OrganisationId);
            query = query.Where(o => members.Contains(o.Id));
        }

        return query;
    }
}
