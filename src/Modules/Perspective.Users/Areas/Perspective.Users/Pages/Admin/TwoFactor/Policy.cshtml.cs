using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Theme.TagHelpers;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.Pages.Admin.TwoFactor;

/// <summary>The tenant's two-factor policy: the roles that must use it.</summary>
[Authorize(Policy = "Permission:ManageUsers")]
public sealed class PolicyModel(TwoFactorPolicy policy, RoleManager<IdentityRole> roleManager, TenantDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<SelectListItem> Choices { get; private set; } = [];

    [TempData]
    public string? Banner { get; set; }

    public async Task OnGetAsync()
    {
        Roles = [.. await policy.RequiredRolesAsync()];
        Choices = await ChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var known = await KnownRolesAsync();
        var unknown = Roles.Where(r => !known.Contains(r, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(Roles), "Select roles from the list");
            Choices = await ChoicesAsync();
            return Page();
        }

        var before = await policy.RequiredRolesAsync();
        await policy.SetRequiredRolesAsync(known.Where(r => Roles.Contains(r, StringComparer.Ordinal)));
        audit.Record(UsersEvents.TwoFactorPolicyChanged, details:
            $"Was: {string.Join(", ", before)}. Now: {(Roles.Count == 0 ? "no roles" : string.Join(", ", Roles))}");
        await db.SaveChangesAsync();
        Banner = "Two-factor policy saved";
        return RedirectToPage();
    }

    private async Task<IReadOnlyList<string>> KnownRolesAsync()
    {
        var stored = await roleManager.Roles.Select(r => r.Name!).ToListAsync();
        return BuiltInRoles.All.Concat(stored.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
    }

    private async Task<IReadOnlyList<SelectListItem>> ChoicesAsync() =>
        (await KnownRolesAsync()).Select(role => (SelectListItem)new GovUkChoice(role, role)).ToList();
}
