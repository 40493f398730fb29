using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Roles.Data;
using Perspective.Roles.Definitions;
using Perspective.Roles.Recipes;
using Perspective.Theme.TagHelpers;

namespace Perspective.Roles.Pages.Add;

/// <summary>Adds a role of the LA's own. It holds nothing until its permissions are ticked on the next page.</summary>
[Authorize(Policy = "Permission:ManageRoles")]
public sealed class NewRoleModel(RoleCatalog catalog, IAuditLog audit, TenantDbContext db) : PageModel
{
    /// <summary>Characters that would make the role's own address ambiguous.</summary>
    private static readonly char[] Unsafe = ['/', '\\', '?', '#', '%'];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Holders { get; set; }

    public static IEnumerable<SelectListItem> HolderChoices { get; } =
    [
        new GovUkChoice(nameof(RoleHolders.LaTeam), "LA team", "Staff of the Local Authority's teams"),
        new GovUkChoice(nameof(RoleHolders.School), "School", "Staff of schools and academies"),
    ];

    [TempData(Key = RolesBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), "Enter a name for the role");
        }
        else if (name.Length > RolesRecipeStep.MaxNameLength)
        {
            ModelState.AddModelError(nameof(Name), $"Name must be {RolesRecipeStep.MaxNameLength} characters or fewer");
        }
        else if (name.IndexOfAny(Unsafe) >= 0)
        {
            ModelState.AddModelError(nameof(Name), "Name must not contain / \\ ? # or %");
        }
        else if (BuiltInRoleHolders.IsBuiltInName(name))
        {
            ModelState.AddModelError(nameof(Name), $"{name} is a built-in role; choose another name");
        }
        else if (await catalog.NameTakenAsync(name, cancellationToken))
        {
            ModelState.AddModelError(nameof(Name), $"There is already a role called {name}");
        }

        var description = Description?.Trim() ?? "";
        if (description.Length > RolesRecipeStep.MaxDescriptionLength)
        {
            ModelState.AddModelError(nameof(Description), $"Description must be {RolesRecipeStep.MaxDescriptionLength} characters or fewer");
        }

        RoleHolders? holders = Holders switch
        {
            nameof(RoleHolders.LaTeam) => RoleHolders.LaTeam,
            nameof(RoleHolders.School) => RoleHolders.School,
            _ => null,
        };
        if (holders is null)
        {
            ModelState.AddModelError(nameof(Holders), "Select who may hold the role");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await catalog.CreateAsync(name, description, holders!.Value, [], cancellationToken);
        audit.Record(RolesEvents.Created, "role", name, $"Holders: {RoleHoldersText.Of(holders.Value)}");
        await db.SaveChangesAsync(cancellationToken);
        Banner = $"{name} is added. Choose its permissions.";
        return Redirect(Url.Content(RolePaths.Edit(name)));
    }
}
