using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Settings;

namespace Perspective.Organisations.Pages.Settings;

/// <summary>The tenant's default account limit for schools on the Lite edition.</summary>
[Authorize(Policy = "Permission:ManageOrganisations")]
public sealed class OrganisationSettingsModel(ISiteSettings settings, TenantDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty]
    public string? LiteAccountLimit { get; set; }

    [TempData(Key = OrganisationBanner.Key)]
    public string? Banner { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        LiteAccountLimit = (await settings.LiteAccountLimitAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var text = LiteAccountLimit?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            ModelState.AddModelError(nameof(LiteAccountLimit), "Enter how many accounts a Lite school may have");
        }
        else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
        {
            ModelState.AddModelError(nameof(LiteAccountLimit), "Account limit must be a whole number, like 2");
        }
        else if (limit is < OrganisationSettingKeys.MinAccountLimit or > OrganisationSettingKeys.MaxAccountLimit)
        {
            ModelState.AddModelError(nameof(LiteAccountLimit), "Account limit must be between 1 and 100");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var value = int.Parse(text!, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        if (await settings.GetAsync(OrganisationSettingKeys.LiteAccountLimit, cancellationToken) != value)
        {
            await settings.SetAsync(OrganisationSettingKeys.LiteAccountLimit, value, cancellationToken);
            audit.Record(OrganisationsEvents.SettingsChanged, "settings", OrganisationSettingKeys.LiteAccountLimit, $"Lite account limit {value}");
            await db.SaveChangesAsync(cancellationToken);
        }

        Banner = "Account limit saved";
        return RedirectToPage();
    }
}
