using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Documents.Bulk;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Pages.BulkSend;

/// <summary>Explains the naming rule, takes the category and an optional message, and starts a draft.</summary>
[Authorize(Policy = "Permission:SendDocuments")]
public sealed class StartModel(BulkDrafts drafts) : PageModel
{
    // Properties in page order: the error summary lists errors in this order.
    [BindProperty]
    public string? CategoryId { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    public IReadOnlyList<SelectListItem> CategoryChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var categories = await LoadAsync(cancellationToken);
        var category = int.TryParse(CategoryId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? categories.FirstOrDefault(c => c.Id == id)
            : null;
        if (category is null)
        {
            ModelState.AddModelError(nameof(CategoryId), "Select the category of the letters");
        }

        if (Message?.Trim().Length > BulkLimits.MaxMessageLength)
        {
            ModelState.AddModelError(nameof(Message), $"Message must be {BulkLimits.MaxMessageLength} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var draft = await drafts.CreateAsync(User, category!, Message, cancellationToken);
        return Redirect(Url.Content(BulkSendPaths.Files(draft.Id)));
    }

    private async Task<IReadOnlyList<Data.DocumentCategory>> LoadAsync(CancellationToken cancellationToken)
    {
        var categories = await drafts.SendableCategoriesAsync(User, cancellationToken);
        CategoryChoices = [.. categories.Select(c => new GovUkChoice(c.Id.ToString(CultureInfo.InvariantCulture), c.Name, c.Description.Length > 0 ? c.Description : null))];
        return categories;
    }
}
