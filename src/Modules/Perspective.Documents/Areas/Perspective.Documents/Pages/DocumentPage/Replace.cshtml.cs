using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Documents.Access;
using Perspective.Documents.Data;
using Perspective.Documents.Inbox;
using Perspective.Files.Uploads;

namespace Perspective.Documents.Pages.DocumentPage;

/// <summary>
/// Uploads a new file for the document under its category's limits. Recipients then get the
/// newest version and are emailed again; the sender keeps every earlier one. The upload is read
/// as a stream (<see cref="StreamedForm"/>), which checks the antiforgery token itself.
/// </summary>
[IgnoreAntiforgeryToken]
[DisableFormValueModelBinding]
public sealed class ReplaceModel(SenderSide senders, DocumentChanges changes, TenantDbContext db) : SenderPage(senders)
{
    public const string FileField = nameof(Upload);

    /// <summary>Named for the file input, so its error message lands beside it.</summary>
    public string? Upload { get; set; }

    public DocumentCategory Category { get; private set; } = default!;

    public string Accept => string.Join(',', DocumentAccess.Split(Category.AllowedExtensions).Select(e => "." + e));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadWithCategoryAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadWithCategoryAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await StreamedForm.OpenAsync(HttpContext, Category.MaxSizeBytes) is not { } form)
        {
            return BadRequest();
        }

        var file = await form.NextFileAsync(cancellationToken);
        var problem = file is null
            ? "Select a file"
            : await changes.AddVersionAsync(Document, file, User, cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError(FileField, problem);
            return Page();
        }

        Banner = $"{Document.Title} has a new version. Recipients have been told";
        return BackToDocument();
    }

    private async Task<IActionResult?> LoadWithCategoryAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Category = await db.Set<DocumentCategory>().AsNoTracking().FirstAsync(c => c.Id == Document.CategoryId, cancellationToken);
        return null;
    }
}
