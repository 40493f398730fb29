using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Organisations;
using Perspective.Documents.Categories;
using Perspective.Documents.Requests;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Pages.Requests;

/// <summary>The ask-schools-for-a-file form. Good answers go to check answers; nothing is created here.</summary>
[Authorize(Policy = "Permission:SendDocuments")]
public sealed class NewRequestModel(FileRequestChecks checks, IOrganisationDirectory organisations) : PageModel
{
    // Properties in page order: the error summary lists errors in this order.
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? CategoryId { get; set; }

    [BindProperty]
    public DateParts Deadline { get; set; } = new();

    [BindProperty]
    public List<string> FileTypes { get; set; } = [];

    [BindProperty]
    public string? Audience { get; set; }

    [BindProperty]
    public string? GroupId { get; set; }

    [BindProperty]
    public string? References { get; set; }

    public IReadOnlyList<SelectListItem> CategoryChoices { get; private set; } = [];

    public IReadOnlyList<SelectListItem> GroupChoices { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> FileTypeChoices { get; } =
        [.. Perspective.Files.Checks.FileTypes.All.Select(t => new GovUkChoice(t.Extension, $"{t.ShortName} (.{t.Extension})"))];

    public static IReadOnlyList<SelectListItem> AudienceChoices { get; } =
    [
        new GovUkChoice(Audiences.EveryOpenSchool, "Every open school"),
        new GovUkChoice(Audiences.Group, "A group of schools", "Choose the group below"),
        new GovUkChoice(Audiences.Schools, "Schools I list", "Enter their URNs or DfE numbers below"),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Back from check answers to change something: the form shows every answer given.
        if (NewRequestAnswers.Peek(TempData) is { } answers)
        {
            Show(answers);
        }

        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var answers = new NewFileRequestAnswers(Title, Description, CategoryId, Deadline.Day, Deadline.Month, Deadline.Year, FileTypes, Audience, GroupId, References);
        var check = await checks.CheckAsync(User, answers, cancellationToken);
        if (check.Plan is null)
        {
            // Model binding's own messages (none are expected from plain strings) give way to ours.
            ModelState.Clear();
            foreach (var problem in check.Problems)
            {
                ModelState.AddModelError(problem.Field, problem.Message);
            }

            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        NewRequestAnswers.Keep(TempData, answers);
        return LocalRedirect(Url.Content(RequestPaths.CheckAnswers));
    }

    private void Show(NewFileRequestAnswers answers)
    {
        (Title, Description, CategoryId) = (answers.Title, answers.Description, answers.CategoryId);
        Deadline = new DateParts { Day = answers.DeadlineDay, Month = answers.DeadlineMonth, Year = answers.DeadlineYear };
        FileTypes = [.. answers.FileTypes];
        (Audience, GroupId, References) = (answers.Audience, answers.GroupId, answers.References);
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        CategoryChoices = [.. (await checks.CategoriesForAsync(User, cancellationToken))
            .Select(c => new GovUkChoice(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Name, $"Takes {CategoryLists.FileTypes(c.AllowedExtensions)} files"))];
        GroupChoices = [.. (await organisations.GroupsAsync(cancellationToken))
            .Select(g => new SelectListItem(g.Name, g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
