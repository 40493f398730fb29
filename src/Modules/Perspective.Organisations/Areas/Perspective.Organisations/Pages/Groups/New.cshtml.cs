using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Organisations.Data;
using Perspective.Theme.TagHelpers;

namespace Perspective.Organisations.Pages.Groups;

/// <summary>Creating a cluster or custom group; its members are added on the next page.</summary>
[Authorize(Policy = "Permission:ManageOrganisations")]
public sealed class NewGroupModel(TenantDbContext db, IAuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [TempData(Key = OrganisationBanner.Key)]
    public string? Banner { get; set; }

    public static IReadOnlyList<SelectListItem> KindChoices { get; } =
    [
        new GovUkChoice(nameof(GroupKind.Cluster), "Cluster", "Schools that work together, usually in one area."),
        new GovUkChoice(nameof(GroupKind.Custom), "Custom", "Any other set of schools."),
    ];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim();
        GroupKind? kind = Kind switch
        {
            nameof(GroupKind.Cluster) => GroupKind.Cluster,
            nameof(GroupKind.Custom) => GroupKind.Custom,
            _ => null,
        };
        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the group's name");
        }
        else if (name.Length > 200)
        {
            ModelState.AddModelError(nameof(Name), "Name must be 200 characters or fewer");
        }
        else if (kind is not null && await db.Set<OrganisationGroup>().AnyAsync(g => g.Kind == kind && g.Name == name, cancellationToken))
        {
            ModelState.AddModelError(nameof(Name), $"There is already a {kind.ToString()!.ToLowerInvariant()} group with this name");
        }

        if (kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select the kind of group");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var group = new OrganisationGroup { Name = name!, Kind = kind!.Value, CreatedUtc = time.GetUtcNow().UtcDateTime };
        db.Set<OrganisationGroup>().Add(group);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordNowAsync(OrganisationsEvents.GroupCreated, "group", group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{group.Kind} {group.Name}", cancellationToken);
        Banner = $"Group {group.Name} created. Now add its schools.";
        return LocalRedirect(Url.Content($"~/admin/organisations/groups/{group.Id}"));
    }
}
