using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Documents.Categories;
using Perspective.Documents.Data;

namespace Perspective.Documents.Pages.Categories;

/// <summary>
/// Every category with what it allows, archived ones included, in name order. A tenant has a
/// handful of categories, so the list is not paginated.
/// </summary>
[Authorize(Policy = "Permission:ManageDocumentCategories")]
public sealed class CategoriesOverviewModel(CategoryStore store) : PageModel
{
    public IReadOnlyList<DocumentCategory> Categories { get; private set; } = [];

    [TempData(Key = CategoriesBanner.Key)]
    public string? Banner { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Categories = await store.ListAsync(cancellationToken);
}
