using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Organisations.Import;

namespace Perspective.Organisations.Pages.Import;

/// <summary>What the import did, shown once after it is applied.</summary>
[Authorize(Policy = "Permission:ManageOrganisations")]
public sealed class ImportDoneModel : PageModel
{
    public ImportCounts Counts { get; private set; } = default!;

    public IActionResult OnGet()
    {
        if (TempData[ImportModel.DoneKey] is not string json || JsonSerializer.Deserialize<ImportCounts>(json) is not { } counts)
        {
            return LocalRedirect(Url.Content("~/admin/organisations/import"));
        }

        Counts = counts;
        return Page();
    }
}
