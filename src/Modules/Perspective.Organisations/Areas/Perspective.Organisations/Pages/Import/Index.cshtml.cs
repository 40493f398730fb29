using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;
using Perspective.Organisations.Import;

namespace Perspective.Organisations.Pages.Import;

/// <summary>
/// Importing schools from a GIAS extract: the admin uploads the file, checks what it would change,
/// then confirms. The file waits between the two under a generated name, named by a hidden field;
/// the plan is worked out again on confirmation, so it is what the data says at that moment.
/// </summary>
[Authorize(Policy = "Permission:ManageOrganisations")]
public sealed class ImportModel(ImportUploads uploads, ImportPreviewer previewer, ImportApplier applier, IAuditLog audit) : PageModel
{
    public const string DoneKey = "Perspective.Organisations.ImportDone";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? UploadId { get; set; }

    public ImportPlan? Plan { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (UploadError(Upload) is { } error)
        {
            ModelState.AddModelError(nameof(Upload), error);
            return Page();
        }

        await using (var content = Upload!.OpenReadStream())
        {
            UploadId = await uploads.SaveAsync(content, cancellationToken);
        }

        var (fileError, plan) = await PlanAsync(cancellationToken);
        if (fileError is not null)
        {
            uploads.Delete(UploadId);
            UploadId = null;
            ModelState.AddModelError(nameof(Upload), fileError);
            return Page();
        }

        Plan = plan;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var (fileError, plan) = await PlanAsync(cancellationToken);
        if (fileError is not null || plan is null)
        {
            UploadId = null;
            ModelState.AddModelError(nameof(Upload), fileError ?? "The uploaded file is no longer available. Upload it again");
            return Page();
        }

        var counts = await applier.ApplyAsync(plan, cancellationToken);
        uploads.Delete(UploadId);
        await audit.RecordNowAsync(OrganisationsEvents.Imported, "organisations", "gias", counts.ToString(), cancellationToken);
        TempData[DoneKey] = JsonSerializer.Serialize(counts);
        return LocalRedirect(Url.Content("~/admin/organisations/import/done"));
    }

    private async Task<(string? FileError, ImportPlan? Plan)> PlanAsync(CancellationToken cancellationToken)
    {
        await using var file = uploads.Open(UploadId);
        return file is null ? (null, null) : await previewer.PlanAsync(file, cancellationToken);
    }

    private static string? UploadError(IFormFile? upload) =>
        upload is null || upload.Length == 0 ? "Select a CSV file from Get Information About Schools"
        : !string.Equals(Path.GetExtension(upload.FileName), ".csv", StringComparison.OrdinalIgnoreCase) ? "The selected file must be a CSV"
        : upload.Length > ImportUploads.MaxBytes ? "The selected file must be smaller than 20MB"
        : null;
}
