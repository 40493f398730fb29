using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Organisations;
using Perspective.Users.Administration;

namespace Perspective.Users.Pages.Admin.Users;

/// <summary>
/// "Review leavers": active accounts nobody has signed in to for a while, oldest first, each with
/// a link to deactivate it. An account never signed in counts from when it was activated.
/// </summary>
[Authorize(Policy = UserAdministrationPolicy.Name)]
public sealed class LeaversModel(UserAccounts accounts, UserListQuery listQuery, IOrganisationDirectory directory) : PageModel
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<int> DayChoices = [30, 90, 180, 365];

    [BindProperty(SupportsGet = true)]
    public string? Days { get; set; } = "90";

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static IReadOnlyList<SelectListItem> Choices { get; } =
        DayChoices.Select(d => new SelectListItem($"{d} days", d.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var days = DayChoices.FirstOrDefault(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture) == (Days ?? "90"));
        if (days == 0)
        {
            ModelState.AddModelError(nameof(Days), "Select 30, 90, 180 or 365 days");
            return Page();
        }

        var query = listQuery.Leavers(await accounts.VisibleAsync(User, cancellationToken), days);
        Total = await query.CountAsync(cancellationToken);
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        var users = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        Rows = await UserRows.OfAsync(users, accounts, directory, cancellationToken);
        return Page();
    }

    public string DeactivatePath(UserRow row) => Url.Content(UserPaths.Deactivate(row.Id));

    public string AccountPath(UserRow row) => Url.Content(UserPaths.Account(row.Id));

    public string? PageUrl(int page) => Url.Page(null, new { Days, pageNumber = page });
}
