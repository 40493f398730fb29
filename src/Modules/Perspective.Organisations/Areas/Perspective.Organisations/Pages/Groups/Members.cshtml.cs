using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Organisations.Data;
using Perspective.Organisations.Groups;
using Perspective.Organisations.References;

namespace Perspective.Organisations.Pages.Groups;

/// <summary>
/// A group's schools. A cluster's or custom group's are edited by pasting URNs or DfE numbers, one
/// a line; when any line names no school, nothing is saved. Phase groups are only shown.
/// </summary>
[Authorize(Policy = "Permission:ManageOrganisations")]
public sealed class GroupMembersModel(TenantDbContext db, GroupMembersReader reader, IAuditLog audit) : PageModel
{
    public OrganisationGroup Group { get; private set; } = default!;

    public IReadOnlyList<Organisation> Members { get; private set; } = [];

    public bool IsReadOnly => Group.Kind == GroupKind.Phase;

    [BindProperty]
    public string? Schools { get; set; }

    [TempData(Key = OrganisationBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(int groupId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(groupId, cancellationToken))
        {
            return NotFound();
        }

        Schools = string.Join("\n", Members.Select(m => DfeNumbers.Show(m.DfeNumber) ?? m.Urn?.ToString(CultureInfo.InvariantCulture)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int groupId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(groupId, cancellationToken) || IsReadOnly)
        {
            return NotFound();
        }

        var read = await reader.ReadAsync(Schools, cancellationToken);
        if (read.ErrorMessage() is { } error)
        {
            ModelState.AddModelError(nameof(Schools), error);
            return Page();
        }

        if (await GroupMemberships.SetAsync(db, Group.Id, read.OrganisationIds.ToHashSet(StringComparer.Ordinal), cancellationToken))
        {
            audit.Record(OrganisationsEvents.GroupMembersChanged, "group", Group.Id.ToString(CultureInfo.InvariantCulture), $"{Group.Name}: {read.OrganisationIds.Count} schools");
            await db.SaveChangesAsync(cancellationToken);
        }

        Banner = $"{Group.Name} now has {read.OrganisationIds.Count} {(read.OrganisationIds.Count == 1 ? "school" : "schools")}";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(int groupId, CancellationToken cancellationToken)
    {
        var group = await db.Set<OrganisationGroup>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null)
        {
            return false;
        }

        Group = group;
        var ids = db.Set<OrganisationGroupMember>().Where(m => m.GroupId == groupId).Select(m => m.OrganisationId);
        Members = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        return true;
    }
}
