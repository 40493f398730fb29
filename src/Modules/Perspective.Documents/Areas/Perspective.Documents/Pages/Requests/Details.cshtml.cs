using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Documents.Data;
using Perspective.Documents.Requests;
using Perspective.Files.Uploads;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Pages.Requests;

/// <summary>
/// One request. The asker's organisation sees every asked school with its status and the actions
/// (zip of answers, close); an asked school sees the request and uploads its answer here. Anyone
/// else gets 404. The upload is read as a stream (<see cref="StreamedForm"/> checks the antiforgery
/// token), which is why this page ignores the usual token check and form binding; its only POST is
/// the upload, and closing has a page of its own.
/// </summary>
[IgnoreAntiforgeryToken]
[DisableFormValueModelBinding]
public sealed class RequestDetailsModel(
    TenantDbContext db,
    FileRequestAccess access,
    AnswerSubmitter submitter,
    IOrganisationDirectory organisations,
    TimeProvider time) : PageModel
{
    public const int PageSize = 50;
    public const string CommentField = "Comment";
    public const string UploadField = "Upload";

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    // The upload form's fields, in page order for the error summary. Filled from the streamed form.
    public string? Comment { get; set; }

    public string? Upload { get; set; }

    public FileRequest FileRequest { get; private set; } = default!;

    public DocumentCategory Category { get; private set; } = default!;

    public string AskedBy { get; private set; } = "";

    public DateTime Now { get; private set; }

    public bool ForAsker { get; private set; }

    public AnswerCounts Counts { get; private set; } = new(0, 0, 0, 0);

    public IReadOnlyList<AnswerRow> Rows { get; private set; } = [];

    public int Shown { get; private set; }

    public int PageCount => Math.Max(1, (Shown + PageSize - 1) / PageSize);

    public FileRequestRecipient? Answer { get; private set; }

    public string? AnswerTitle { get; private set; }

    [TempData(Key = RequestsBanner.Key)]
    public string? Banner { get; set; }

    public static IReadOnlyList<SelectListItem> ShowChoices { get; } =
    [
        new GovUkChoice("", "All"),
        new GovUkChoice(nameof(AnswerStatus.Submitted), "Submitted"),
        new GovUkChoice(nameof(AnswerStatus.NotSubmitted), "Not submitted"),
        new GovUkChoice(nameof(AnswerStatus.Overdue), "Overdue"),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        // No filter is "All", so that radio shows as chosen.
        Show ??= "";
        Now = time.GetUtcNow().UtcDateTime;
        if (await access.ForAskerAsync(User, id, cancellationToken) is { } request)
        {
            return await ShowAskerAsync(request, cancellationToken);
        }

        if (await access.ForSchoolAsync(User, id, cancellationToken) is { } asked)
        {
            await ShowSchoolAsync(asked, cancellationToken);
            return Page();
        }

        await access.RefusedAsync(id);
        return NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow().UtcDateTime;
        // Who may answer is settled before a byte of the body is read.
        if (await access.ForSchoolAsync(User, id, cancellationToken) is not { } asked)
        {
            await access.RefusedAsync(id);
            return NotFound();
        }

        var form = await StreamedForm.OpenAsync(HttpContext, asked.Category.MaxSizeBytes);
        if (form is null)
        {
            return BadRequest();
        }

        Comment = form.Field(CommentField);
        if (AnswerSubmitter.CommentProblem(Comment) is { } commentProblem)
        {
            ModelState.AddModelError(CommentField, commentProblem);
            ModelState.AddModelError(UploadField, "Select the file again");
        }
        else if (await form.NextFileAsync(cancellationToken) is not { } file)
        {
            ModelState.AddModelError(UploadField, "Select a file");
        }
        else
        {
            var (documentId, problem) = await submitter.SubmitAsync(User, asked, file.Content, file.FileName, Comment, cancellationToken);
            if (documentId is not null)
            {
                Banner = "Your file has been sent";
                return LocalRedirect(Url.Content(RequestPaths.Request(id)));
            }

            ModelState.AddModelError(UploadField, problem!);
        }

        await ShowSchoolAsync(asked, cancellationToken);
        return Page();
    }

    private async Task<IActionResult> ShowAskerAsync(FileRequest request, CancellationToken cancellationToken)
    {
        ForAsker = true;
        await ShowRequestAsync(request, cancellationToken);
        var all = await RequestAnswers.ListAsync(db, organisations, request, Now, cancellationToken);
        Counts = RequestAnswers.Count(all);
        var filtered = Enum.TryParse<AnswerStatus>(Show, ignoreCase: false, out var status) && Enum.IsDefined(status)
            ? all.Where(r => r.Status == status).ToList()
            : all;
        Shown = filtered.Count;
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        Rows = filtered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    private async Task ShowSchoolAsync(SchoolsRequest asked, CancellationToken cancellationToken)
    {
        await ShowRequestAsync(asked.Request, cancellationToken);
        Answer = asked.Answer;
        if (Answer.DocumentId is { } documentId)
        {
            AnswerTitle = await db.Set<Document>().Where(d => d.Id == documentId).Select(d => d.Title).FirstOrDefaultAsync(cancellationToken);
        }
    }

    private async Task ShowRequestAsync(FileRequest request, CancellationToken cancellationToken)
    {
        FileRequest = request;
        Category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == request.CategoryId, cancellationToken);
        AskedBy = (await organisations.FindAsync(request.CreatedByOrganisationId, cancellationToken))?.Name ?? "Your local authority";
    }
}
