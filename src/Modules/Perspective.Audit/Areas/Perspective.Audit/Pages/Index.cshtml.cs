using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Audit.Trail;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Events;

namespace Perspective.Audit.Pages;

[Authorize(Policy = "Permission:ViewAuditTrail")]
public sealed class AuditTrailModel(TenantDbContext db, DeclaredEvents declared) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    /// <summary>One declared kind of event, by name; any when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<SelectListItem> KindChoices => AuditTrailFilter.KindChoices(declared);

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int FirstShown => Total == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;

    public int LastShown => Math.Min(PageNumber * PageSize, Total);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!AuditTrailFilter.IsKnownKind(declared, Kind))
        {
            // Nothing is shown for a kind that is not on the list, rather than everything.
            ModelState.AddModelError(nameof(Kind), AuditTrailFilter.UnknownKind);
            return Page();
        }

        var query = AuditTrailFilter.Apply(db.AuditEvents.AsNoTracking(), Action, Kind);

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
