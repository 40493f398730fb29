using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Security;

namespace Perspective.Audit.Pages.Organisations;

/// <summary>
/// One organisation's audit events (those recorded by its own people): a headteacher sees their
/// own school's, LA administrators any. Without either permission the page is forbidden; another
/// school's id, or one that does not exist, answers 404 so ids cannot be probed.
/// </summary>
public sealed class OrganisationAuditTrailModel(TenantDbContext db, IPermissionGrants grants, IOrganisationDirectory directory) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public OrganisationInfo Organisation { get; private set; } = null!;

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int FirstShown => Total == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;

    public int LastShown => Math.Min(PageNumber * PageSize, Total);

    public async Task<IActionResult> OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        if (!await grants.HoldsAsync(User, AuditPermissions.ViewAuditTrail, cancellationToken)
            && !await grants.HoldsAsync(User, AuditPermissions.ViewSchoolAuditTrail, cancellationToken))
        {
            return Forbid();
        }

        if (!await grants.AllowsAsync(User, organisationId, AuditPermissions.ViewAuditTrail, AuditPermissions.ViewSchoolAuditTrail, cancellationToken)
            || await directory.FindAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        var query = db.AuditEvents.AsNoTracking().Where(e => e.OrganisationId == organisation.Id);
        Total = await query.CountAsync(cancellationToken);
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        Events = await query
            .OrderByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
