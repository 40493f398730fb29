using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Security;
using Perspective.Roles.Definitions;

namespace Perspective.Roles.Pages;

/// <summary>Every role's permissions at a glance, a table per module, and the list of roles to change.</summary>
[Authorize(Policy = "Permission:ManageRoles")]
public sealed class RolesOverviewModel(RoleCatalog catalog, DeclaredPermissions declared) : PageModel
{
    public IReadOnlyList<RoleSummary> Roles { get; private set; } = [];

    public IReadOnlyList<PermissionGroup> Groups { get; private set; } = [];

    [TempData(Key = RolesBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Roles = await catalog.ListAsync(cancellationToken);
        Groups = PermissionGroup.Of(declared);
        return Page();
    }

    public string EditPath(RoleSummary role) => Url.Content(RolePaths.Edit(role.Name));
}
