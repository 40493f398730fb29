using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Settings;
using Perspective.Organisations.Data;
using Perspective.Theme.TagHelpers;

namespace Perspective.Organisations.Pages.Edition;

/// <summary>A school's edition, and the number of accounts it may have on the Lite edition when not the tenant's default.</summary>
[Authorize(Policy = "Permission:ManageOrganisations")]
public sealed class EditionModel(TenantDbContext db, ISiteSettings settings, IAuditLog audit, TimeProvider time) : PageModel
{
    public Organisation School { get; private set; } = default!;

    public int LiteDefault { get; private set; }

    [BindProperty]
    public string? Edition { get; set; }

    [BindProperty]
    public string? AccountLimit { get; set; }

    [TempData(Key = OrganisationBanner.Key)]
    public string? Banner { get; set; }

    public static IReadOnlyList<SelectListItem> EditionChoices { get; } =
    [
        new GovUkChoice(nameof(SchoolEdition.Lite), "Lite", "A limited number of accounts and the Local Authority's services."),
        new GovUkChoice(nameof(SchoolEdition.Full), "Full", "Unlimited staff accounts and the school-improvement modules."),
    ];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Edition = School.Edition?.ToString();
        AccountLimit = School.AccountLimitOverride?.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        SchoolEdition? edition = Edition switch
        {
            nameof(SchoolEdition.Lite) => SchoolEdition.Lite,
            nameof(SchoolEdition.Full) => SchoolEdition.Full,
            _ => null,
        };
        if (edition is null)
        {
            ModelState.AddModelError(nameof(Edition), "Select the school's edition");
        }

        int? limit = null;
        var limitText = AccountLimit?.Trim();
        if (!string.IsNullOrEmpty(limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                ModelState.AddModelError(nameof(AccountLimit), "Account limit must be a whole number, like 5");
            }
            else if (parsed is < OrganisationSettingKeys.MinAccountLimit or > OrganisationSettingKeys.MaxAccountLimit)
            {
                ModelState.AddModelError(nameof(AccountLimit), "Account limit must be between 1 and 100");
            }
            else
            {
                limit = parsed;
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = Describe(School.Edition, School.AccountLimitOverride);
        if (School.Edition != edition || School.AccountLimitOverride != limit)
        {
            School.Edition = edition;
            School.AccountLimitOverride = limit;
            School.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            audit.Record(OrganisationsEvents.EditionChanged, "organisation", School.Id, $"{before} to {Describe(edition, limit)}");
            await db.SaveChangesAsync(cancellationToken);
        }

        Banner = "Edition and account limit saved";
        return LocalRedirect(Url.Content($"~/admin/organisations/{School.Id}"));
    }

    private static string Describe(SchoolEdition? edition, int? limit) =>
        $"{edition}, limit {(limit is { } l ? l.ToString(CultureInfo.InvariantCulture) : "default")}";

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var school = await db.Set<Organisation>().FirstOrDefaultAsync(o => o.Id == id && o.Kind == OrganisationKind.School, cancellationToken);
        if (school is null)
        {
            return false;
        }

        School = school;
        LiteDefault = await settings.LiteAccountLimitAsync(cancellationToken);
        return true;
    }
}
