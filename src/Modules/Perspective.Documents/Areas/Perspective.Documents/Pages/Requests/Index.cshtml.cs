using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Documents.Data;
using Perspective.Documents.Requests;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Pages.Requests;

/// <summary>
/// Requests for files. LA staff who send documents see their organisation's requests with how many
/// schools have responded; a school user sees the requests made to their school, open ones first.
/// Anyone else is refused. Permissions are checked here because either of two kinds of user may come.
/// </summary>
public sealed class RequestsListModel(TenantDbContext db, FileRequestAccess access, TimeProvider time) : PageModel
{
    public const int PageSize = 25;
    public const string Open = "open";
    public const string Closed = "closed";

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public bool ForAsker { get; private set; }

    public IReadOnlyList<RequestRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int FirstShown => Total == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;

    public int LastShown => Math.Min(PageNumber * PageSize, Total);

    public DateTime Now { get; private set; }

    [TempData(Key = RequestsBanner.Key)]
    public string? Banner { get; set; }

    public static IReadOnlyList<SelectListItem> StatusChoices { get; } =
        [new GovUkChoice("", "Open and closed"), new GovUkChoice(Open, "Open"), new GovUkChoice(Closed, "Closed")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow().UtcDateTime;
        if (PageNumber < 1 || User.OrganisationId() is not { } organisationId)
        {
            return NotFound();
        }

        if (await access.AsksAsync(User, cancellationToken))
        {
            ForAsker = true;
            return await ListAsync(Filter(db.Set<FileRequest>().AsNoTracking().Where(r => r.CreatedByOrganisationId == organisationId)), null, cancellationToken);
        }

        if (await access.AnswersAsync(User, cancellationToken))
        {
            var asked = db.Set<FileRequestRecipient>().Where(a => a.OrganisationId == organisationId).Select(a => a.FileRequestId);
            // Only categories the user takes part in: the same rule as the request page.
            var categories = (await db.Set<DocumentCategory>().AsNoTracking().ToListAsync(cancellationToken))
                .Where(c => FileRequestAccess.TakesPart(User, c)).Select(c => c.Id).ToList();
            var query = db.Set<FileRequest>().AsNoTracking().Where(r => asked.Contains(r.Id) && categories.Contains(r.CategoryId));
            return await ListAsync(Filter(query), organisationId, cancellationToken);
        }

        return Forbid();
    }

    private IQueryable<FileRequest> Filter(IQueryable<FileRequest> query)
    {
        if (!string.IsNullOrWhiteSpace(Search))
        {
            // Lower-cased on both sides: SQLite's instr and PostgreSQL's LIKE both mind case.
            // ToLower() here is SQL's lower(), run by the database, so no .NET culture is involved.
            var term = Search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(r => r.Title.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return Status switch
        {
            Open => query.Where(r => r.ClosedUtc == null),
            Closed => query.Where(r => r.ClosedUtc != null),
            _ => query,
        };
    }

    /// <summary>One page of rows; <paramref name="school"/> is the user's school, or null for the asker's list.</summary>
    private async Task<IActionResult> ListAsync(IQueryable<FileRequest> query, string? school, CancellationToken cancellationToken)
    {
        Total = await query.CountAsync(cancellationToken);
        if (PageNumber > PageCount)
        {
            return NotFound();
        }

        var answers = db.Set<FileRequestRecipient>();
        var ordered = school is null
            ? query.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            : query.OrderBy(r => r.ClosedUtc != null).ThenBy(r => r.DeadlineUtc).ThenBy(r => r.Id);
        Rows = await ordered
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(r => new RequestRow(
                r.Id,
                r.Title,
                r.DeadlineUtc,
                r.ClosedUtc,
                answers.Count(a => a.FileRequestId == r.Id),
                answers.Count(a => a.FileRequestId == r.Id && a.SubmittedUtc != null),
                school == null ? null : answers.Where(a => a.FileRequestId == r.Id && a.OrganisationId == school).Select(a => a.SubmittedUtc).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return Page();
    }
}

/// <summary>A request in the list: for the asker the counts, for a school when it submitted.</summary>
public sealed record RequestRow(int Id, string Title, DateTime DeadlineUtc, DateTime? ClosedUtc, int Asked, int Responded, DateTime? SubmittedUtc);
