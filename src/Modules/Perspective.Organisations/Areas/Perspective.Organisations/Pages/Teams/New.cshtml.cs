using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Organisations.Data;
using Perspective.Organisations.References;

namespace Perspective.Organisations.Pages.Teams;

/// <summary>Adding a team in the Local Authority; its id comes from its name and never changes.</summary>
[Authorize(Policy = "Permission:ManageOrganisations")]
public sealed class NewTeamModel(TenantDbContext db, IAuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [TempData(Key = OrganisationBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim();
        var id = name is null ? null : OrganisationIds.Team(name);
        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the team's name");
        }
        else if (name.Length > 200)
        {
            ModelState.AddModelError(nameof(Name), "Name must be 200 characters or fewer");
        }
        else if (id is null)
        {
            ModelState.AddModelError(nameof(Name), "Name must include letters or numbers");
        }
        else if (await db.Set<Organisation>().AnyAsync(o => o.Id == id, cancellationToken))
        {
            ModelState.AddModelError(nameof(Name), "There is already a team with this name");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.Set<Organisation>().Add(new Organisation { Id = id!, Kind = OrganisationKind.LaTeam, Name = name!, CreatedUtc = now, UpdatedUtc = now });
        audit.Record(OrganisationsEvents.TeamCreated, "organisation", id);
        await db.SaveChangesAsync(cancellationToken);
        Banner = $"{name} added";
        return LocalRedirect(Url.Content($"~/admin/organisations/{id}"));
    }
}
