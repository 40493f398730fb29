using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Perspective.Core.Data;
using Perspective.Documents.Access;
using Perspective.Documents.Bulk;
using Perspective.Files.Names;
using Perspective.Files.Uploads;

namespace Perspective.Documents.Pages.BulkSend;

/// <summary>
/// Takes the letters into the draft. Without JavaScript the form posts every file in one request,
/// read as a stream; with it, bulk-upload.js posts them one at a time to the One handler, which
/// answers JSON, and shows the progress. The page can be visited again to add more files.
/// </summary>
[Authorize(Policy = "Permission:SendDocuments")]
[IgnoreAntiforgeryToken]
[DisableFormValueModelBinding]
public sealed class FilesModel(BulkDrafts drafts, BulkStaging staging, TenantDbContext db) : BulkDraftPage(drafts, db)
{
    public const string FileField = nameof(Files);

    /// <summary>The file input: its name and its error message. The files are read as a stream, never bound.</summary>
    public string? Files { get; set; }

    /// <summary>How many files the draft holds.</summary>
    public int FileCount { get; private set; }

    /// <summary>Files this post took in.</summary>
    public int Uploaded { get; private set; }

    /// <summary>Files this post refused, each with its GOV.UK message.</summary>
    public IReadOnlyList<StagingResult> Refused { get; private set; } = [];

    public string Accept => string.Join(',', DocumentAccess.Split(Category.AllowedExtensions).Select(e => "." + e));

    public async Task<IActionResult> OnGetAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (await LoadDraftAsync(batchId, cancellationToken) is { } answer)
        {
            return answer;
        }

        await CountAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (await LoadDraftAsync(batchId, cancellationToken) is { } answer)
        {
            return answer;
        }

        var form = await StreamedForm.OpenAsync(HttpContext, Category.MaxSizeBytes, BulkLimits.MaxFilesPerUpload);
        if (form is null)
        {
            return BadRequest();
        }

        var refused = new List<StagingResult>();
        var seen = 0;
        while (await form.NextFileAsync(cancellationToken) is { } file)
        {
            seen++;
            if (seen > BulkLimits.MaxFilesPerUpload)
            {
                await file.Content.CopyToAsync(Stream.Null, cancellationToken);
                refused.Add(new StagingResult(SafeFileNames.Shown(file.FileName), null, $"You can upload up to {BulkLimits.MaxFilesPerUpload} files at a time"));
                continue;
            }

            var result = await staging.StageAsync(Draft, Category, file.Content, file.FileName, cancellationToken);
            if (result.Staged is null)
            {
                refused.Add(result);
            }
            else
            {
                Uploaded++;
            }
        }

        if (seen == 0)
        {
            ModelState.AddModelError(FileField, "Select the files to upload");
        }
        else if (refused.Count > 0)
        {
            Refused = refused;
            ModelState.AddModelError(FileField, refused.Count == 1
                ? $"{refused[0].FileName}: {refused[0].Problem}"
                : $"{refused.Count} files were not uploaded: see the list of files not uploaded");
        }
        else
        {
            return Redirect(Url.Content(BulkSendPaths.Preview(Draft.Id)));
        }

        await CountAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// One file, for the page's script: 200 with the draft's file count when it is taken, 422 with
    /// the GOV.UK message when it is refused, 400 for a missing or wrong token.
    /// </summary>
    public async Task<IActionResult> OnPostOneAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (await LoadDraftAsync(batchId, cancellationToken) is { } answer)
        {
            return answer is RedirectResult ? StatusCode(StatusCodes.Status409Conflict) : answer;
        }

        var form = await StreamedForm.OpenAsync(HttpContext, Category.MaxSizeBytes, 1);
        if (form is null)
        {
            return BadRequest();
        }

        var file = await form.NextFileAsync(cancellationToken);
        var result = file is null
            ? new StagingResult("", null, "Select a file")
            : await staging.StageAsync(Draft, Category, file.Content, file.FileName, cancellationToken);
        await form.ReadToEndAsync(cancellationToken);
        await CountAsync(cancellationToken);
        return new JsonResult(new { fileName = result.FileName, uploaded = result.Staged is not null, problem = result.Problem, files = FileCount })
        {
            StatusCode = result.Staged is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK,
        };
    }

    private async Task CountAsync(CancellationToken cancellationToken) =>
        FileCount = await Drafts.CountFilesAsync(Draft.Id, cancellationToken);
}
