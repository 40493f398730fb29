using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Organisations.Data;

namespace Perspective.Organisations.Pages.Groups;

/// <summary>The tenant's groups of schools: phases (from GIAS, read-only here), clusters and custom groups.</summary>
[Authorize(Policy = "Permission:ManageOrganisations")]
public sealed class GroupsModel(TenantDbContext db) : PageModel
{
    public IReadOnlyList<(OrganisationGroup Group, int Members)> Groups { get; private set; } = [];

    [TempData(Key = OrganisationBanner.Key)]
    public string? Banner { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var groups = await db.Set<OrganisationGroup>().AsNoTracking().OrderBy(g => g.Kind).ThenBy(g => g.Name).ToListAsync(cancellationToken);
        var counts = await db.Set<OrganisationGroupMember>().GroupBy(m => m.GroupId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Groups = groups.Select(g => (g, counts.GetValueOrDefault(g.Id))).ToList();
    }
}
