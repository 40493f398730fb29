using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Documents.Requests;

namespace Perspective.Documents.Pages.Requests;

/// <summary>
/// Shows the checked answers with links to change them, then creates the request. The answers are
/// checked again on both GET and POST: a category may have been archived or a school closed since.
/// </summary>
[Authorize(Policy = "Permission:SendDocuments")]
public sealed class CheckRequestAnswersModel(FileRequestChecks checks, FileRequestCreator creator) : PageModel
{
    public FileRequestPlan? Plan { get; private set; }

    [TempData(Key = RequestsBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        NewRequestAnswers.Peek(TempData) is { } answers && await CheckAsync(answers, cancellationToken)
            ? Page()
            : StartAgain();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (NewRequestAnswers.Peek(TempData) is not { } answers || !await CheckAsync(answers, cancellationToken))
        {
            return StartAgain();
        }

        var id = await creator.CreateAsync(User, Plan!, cancellationToken);
        NewRequestAnswers.Forget(TempData);
        Banner = $"{Plan!.Schools.Count} {(Plan.Schools.Count == 1 ? "school has" : "schools have")} been asked for {Plan.Title}";
        return LocalRedirect(Url.Content(RequestPaths.Request(id)));
    }

    private async Task<bool> CheckAsync(NewFileRequestAnswers answers, CancellationToken cancellationToken)
    {
        Plan = (await checks.CheckAsync(User, answers, cancellationToken)).Plan;
        return Plan is not null;
    }

    // The answers have gone (the cookie expired) or no longer pass: back to the form, which shows
    // them (with their problems once continued) so nothing has to be typed again.
    private LocalRedirectResult StartAgain() => LocalRedirect(Url.Content(RequestPaths.New));
}
