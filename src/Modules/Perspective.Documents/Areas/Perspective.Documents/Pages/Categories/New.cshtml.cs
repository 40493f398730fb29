using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Documents.Categories;

namespace Perspective.Documents.Pages.Categories;

/// <summary>Adds a category; nothing is saved unless every answer is good.</summary>
[Authorize(Policy = "Permission:ManageDocumentCategories")]
public sealed class NewCategoryModel(CategoryStore store, CategoryRoles roles, IAuditLog audit, TenantDbContext db) : CategoryFormPage(store, roles)
{
    [TempData(Key = CategoriesBanner.Key)]
    public string? Banner { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        RequiresTwoFactor = No;
        Retention = KeepForDays;
        FileTypes = [Perspective.Files.Checks.FileTypes.Pdf.Extension];
        MaxSizeMB = "20";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (await CheckAsync(exceptId: null, cancellationToken) is not { } draft)
        {
            return Page();
        }

        // The audit event names the new id, so the category is saved first; one transaction keeps them together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var category = Store.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(DocumentsEvents.CategoryCreated, "document-category", category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), category.Name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Banner = $"{category.Name} is added";
        return Redirect(Url.Content(CategoryPaths.Overview));
    }
}
