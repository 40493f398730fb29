using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Core.Settings;
using Perspective.Organisations.Authorization;
using Perspective.Organisations.Data;
using Perspective.Organisations.Import;

namespace Perspective.Organisations.Pages.Details;

/// <summary>
/// One organisation's details. LA staff see any; a school's users see their own, and every other
/// id answers 404 as an unknown one does, so ids cannot be probed.
/// </summary>
public sealed class OrganisationDetailsModel(
    TenantDbContext db, IAuthorizationService authorization, IPermissionGrants grants, ISiteSettings settings) : PageModel
{
    public Organisation Organisation { get; private set; } = default!;

    public int? AccountLimit { get; private set; }

    public bool LimitIsOverride => Organisation.AccountLimitOverride is not null && AccountLimit is not null;

    public IReadOnlyList<OrganisationGroup> Groups { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; private set; } = [];

    public bool CanManage { get; private set; }

    [TempData(Key = OrganisationBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var organisation = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null || !(await authorization.AuthorizeAsync(User, organisation, ViewOrganisationRequirement.Instance)).Succeeded)
        {
            return NotFound();
        }

        Organisation = organisation;
        AccountLimit = AccountLimits.For(organisation, await settings.LiteAccountLimitAsync(cancellationToken));
        var groupIds = db.Set<OrganisationGroupMember>().Where(m => m.OrganisationId == id).Select(m => m.GroupId);
        Groups = await db.Set<OrganisationGroup>().AsNoTracking().Where(g => groupIds.Contains(g.Id)).OrderBy(g => g.Kind).ThenBy(g => g.Name).ToListAsync(cancellationToken);
        Attributes = SchoolFields.Attributes(organisation).Where(a => a.Value.Length > 0).ToList();
        CanManage = await grants.HoldsAsync(User, OrganisationPermissions.ManageOrganisations, cancellationToken);
        return Page();
    }
}
