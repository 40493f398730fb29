using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Organisations.Data;

namespace Perspective.Organisations.Pages.Groups;

/// <summary>Deleting a cluster or custom group after confirmation; its schools are not touched. Phase groups cannot be deleted.</summary>
[Authorize(Policy = "Permission:ManageOrganisations")]
public sealed class DeleteGroupModel(TenantDbContext db, IAuditLog audit) : PageModel
{
    public OrganisationGroup Group { get; private set; } = default!;

    [TempData(Key = OrganisationBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(int groupId, CancellationToken cancellationToken) =>
        await LoadAsync(groupId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int groupId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(groupId, cancellationToken))
        {
            return NotFound();
        }

        db.Set<OrganisationGroup>().Remove(Group);
        audit.Record(OrganisationsEvents.GroupDeleted, "group", Group.Id.ToString(CultureInfo.InvariantCulture), $"{Group.Kind} {Group.Name}");
        await db.SaveChangesAsync(cancellationToken);
        Banner = $"Group {Group.Name} deleted";
        return LocalRedirect(Url.Content("~/admin/organisations/groups"));
    }

    private async Task<bool> LoadAsync(int groupId, CancellationToken cancellationToken)
    {
        var group = await db.Set<OrganisationGroup>().FirstOrDefaultAsync(g => g.Id == groupId && g.Kind != GroupKind.Phase, cancellationToken);
        Group = group!;
        return group is not null;
    }
}
