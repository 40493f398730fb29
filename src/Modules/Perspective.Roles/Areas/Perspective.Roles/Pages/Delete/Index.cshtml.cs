using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Roles.Definitions;

namespace Perspective.Roles.Pages.Delete;

/// <summary>Deletes a role the LA added, once nobody holds it. Built-in roles have no such page.</summary>
[Authorize(Policy = "Permission:ManageRoles")]
public sealed class DeleteRoleModel(RoleCatalog catalog, IAuditLog audit, TenantDbContext db) : PageModel
{
    public RoleSummary Role { get; private set; } = default!;

    public int HolderCount { get; private set; }

    [TempData(Key = RolesBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken) =>
        await LoadAsync(name, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }

        if (HolderCount > 0)
        {
            ModelState.AddModelError("", HeldMessage);
            return Page();
        }

        await catalog.DeleteAsync(Role.Name, cancellationToken);
        audit.Record(RolesEvents.Deleted, "role", Role.Name);
        await db.SaveChangesAsync(cancellationToken);
        Banner = $"{Role.Name} is deleted";
        return Redirect(Url.Content(RolePaths.Overview));
    }

    public string HeldMessage => HolderCount == 1
        ? $"1 person holds {Role.Name}. Take the role from them before you delete it"
        : $"{HolderCount} people hold {Role.Name}. Take the role from them before you delete it";

    public string EditPath => Url.Content(RolePaths.Edit(Role.Name));

    private async Task<bool> LoadAsync(string name, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(name, cancellationToken) is not { IsBuiltIn: false } role)
        {
            return false;
        }

        Role = role;
        HolderCount = await catalog.HolderCountAsync(role.Name, cancellationToken);
        return true;
    }
}
