using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Documents.Categories;
using Perspective.Documents.Data;

namespace Perspective.Documents.Pages.Categories;

/// <summary>Changes a category, or archives or unarchives it. An unknown id is a 404.</summary>
[Authorize(Policy = "Permission:ManageDocumentCategories")]
public sealed class EditCategoryModel(CategoryStore store, CategoryRoles roles, IAuditLog audit, TenantDbContext db) : CategoryFormPage(store, roles)
{
    public DocumentCategory Saved { get; private set; } = default!;

    [TempData(Key = CategoriesBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Show(CategoryDraft.Of(Saved));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (await CheckAsync(id, cancellationToken) is not { } draft)
        {
            return Page();
        }

        var changes = Store.Update(Saved, draft);
        if (changes.Count > 0)
        {
            audit.Record(DocumentsEvents.CategoryChanged, "document-category", IdOf(Saved), $"{Saved.Name}: {string.Join("; ", changes)}");
            await db.SaveChangesAsync(cancellationToken);
        }

        Banner = changes.Count > 0 ? $"{Saved.Name} is saved" : $"{Saved.Name} had no changes";
        return Redirect(Url.Content(CategoryPaths.Overview));
    }

    public Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archived: true, cancellationToken);

    public Task<IActionResult> OnPostUnarchiveAsync(int id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archived: false, cancellationToken);

    private async Task<IActionResult> SetArchivedAsync(int id, bool archived, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // Posting again (a double click, a back button) changes nothing and records nothing.
        if (Saved.IsArchived != archived)
        {
            Store.SetArchived(Saved, archived);
            audit.Record(archived ? DocumentsEvents.CategoryArchived : DocumentsEvents.CategoryUnarchived, "document-category", IdOf(Saved), Saved.Name);
            await db.SaveChangesAsync(cancellationToken);
        }

        Banner = archived ? $"{Saved.Name} is archived" : $"{Saved.Name} is no longer archived";
        return Redirect(Url.Content(CategoryPaths.Overview));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await Store.FindAsync(id, cancellationToken) is not { } category)
        {
            return false;
        }

        Saved = category;
        await LoadChoicesAsync(cancellationToken);
        return true;
    }

    private static string IdOf(DocumentCategory category) => category.Id.ToString(CultureInfo.InvariantCulture);
}
