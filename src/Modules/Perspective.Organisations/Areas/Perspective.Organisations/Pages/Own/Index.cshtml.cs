using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Organisations.Data;

namespace Perspective.Organisations.Pages.Own;

/// <summary>A signed-in user's way to their own organisation's page; 404 for someone who has none.</summary>
public sealed class OwnOrganisationModel(TenantDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var id = User.OrganisationId();
        if (id is null || !await db.Set<Organisation>().AnyAsync(o => o.Id == id, cancellationToken))
        {
            return NotFound();
        }

        return LocalRedirect(Url.Content($"~/admin/organisations/{Uri.EscapeDataString(id)}"));
    }
}
