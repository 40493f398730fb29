using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Roles.Definitions;
using Perspective.Roles.Grants;
using Perspective.Roles.Recipes;
using Perspective.Theme.TagHelpers;

namespace Perspective.Roles.Pages.Edit;

/// <summary>
/// One role: its description and the permissions it holds, ticked by module. Saving replaces the
/// role's grants (a built-in role is saved for the first time here), and never leaves the person
/// saving without a role that lets them manage roles.
/// </summary>
[Authorize(Policy = "Permission:ManageRoles")]
public sealed class EditRoleModel(
    RoleCatalog catalog,
    DeclaredPermissions declared,
    IPermissionGrants grants,
    IAuditLog audit,
    TenantDbContext db) : PageModel
{
    [BindProperty]
    public string? Description { get; set; }

    /// <summary>The ticked permissions by module name; one checkbox group per module.</summary>
    [BindProperty]
    public Dictionary<string, List<string>> Granted { get; set; } = new(StringComparer.Ordinal);

    public RoleSummary Role { get; private set; } = default!;

    public IReadOnlyList<PermissionGroup> Groups { get; private set; } = [];

    [TempData(Key = RolesBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }

        Description = Role.Description;
        Granted = Groups.ToDictionary(g => g.Module, g => g.Permissions.Select(p => p.Name).Where(Role.Permissions.Contains).ToList(), StringComparer.Ordinal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }

        foreach (var group in Groups)
        {
            Granted.TryAdd(group.Module, []);
        }

        var description = Description?.Trim() ?? "";
        if (description.Length > RolesRecipeStep.MaxDescriptionLength)
        {
            ModelState.AddModelError(nameof(Description), $"Description must be {RolesRecipeStep.MaxDescriptionLength} characters or fewer");
        }

        var chosen = Granted.Values.SelectMany(v => v ?? []).Where(declared.IsDeclared).ToHashSet(StringComparer.Ordinal);
        foreach (var outOfScope in declared.All.Where(p => chosen.Contains(p.Permission.Name) && !PermissionScopes.Allows(Role.Holders, p.Scope)))
        {
            ModelState.AddModelError($"{nameof(Granted)}[{outOfScope.Module}]",
                $"{Role.Name} is a role for {PermissionScopes.HeldBy(Role.Holders)}, so it cannot hold \"{outOfScope.Permission.Description}\": that is for {PermissionScopes.WhoFor(outOfScope.Scope)} only");
        }

        if (await WouldLockOutEditorAsync(chosen, cancellationToken))
        {
            var module = Groups.First(g => g.Permissions.Contains(RolesPermissions.ManageRoles)).Module;
            ModelState.AddModelError($"{nameof(Granted)}[{module}]", $"You cannot take \"{RolesPermissions.ManageRoles.Description}\" from {Role.Name}: none of your other roles holds it, so you could no longer manage roles");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changes = await catalog.SaveAsync(Role, description, chosen, cancellationToken);
        audit.Record(RolesEvents.Changed, "role", Role.Name, changes.Describe());
        await db.SaveChangesAsync(cancellationToken);
        Banner = $"{Role.Name} is saved";
        return Redirect(Url.Content(RolePaths.Overview));
    }

    /// <summary>The group's permissions as checkboxes; those the role may never hold are shown disabled (the page says why).</summary>
    public IEnumerable<SelectListItem> ItemsOf(PermissionGroup group) =>
        group.Permissions.Select(p => new GovUkChoice(p.Name, p.Description) { Disabled = !PermissionScopes.Allows(Role.Holders, declared.ScopeOf(p.Name)) });

    /// <summary>Whether some permissions are greyed out because of whose role this is.</summary>
    public bool SomeAreOutOfScope => declared.All.Any(p => !PermissionScopes.Allows(Role.Holders, p.Scope));

    public string HeldBy => PermissionScopes.HeldBy(Role.Holders);

    public string DeletePath => Url.Content(RolePaths.Delete(Role.Name));

    /// <summary>
    /// Whether saving would leave the editor holding ManageRoles through none of their roles: each of
    /// their roles is judged as it stands, except this one, judged as it would be saved.
    /// </summary>
    private async Task<bool> WouldLockOutEditorAsync(HashSet<string> chosen, CancellationToken cancellationToken)
    {
        var permission = RolesPermissions.ManageRoles.Name;
        if (chosen.Contains(permission) || !Role.Permissions.Contains(permission))
        {
            return false;
        }

        foreach (var role in User.RoleNames())
        {
            if (role != Role.Name && await grants.RolesGrantAsync([role], permission, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<bool> LoadAsync(string name, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(name, cancellationToken) is not { } role)
        {
            return false;
        }

        Role = role;
        Groups = PermissionGroup.Of(declared);
        return true;
    }
}
