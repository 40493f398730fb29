using Perspective.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Organisations;
using Perspective.Users.Administration;

namespace Perspective.Users.Pages.Admin.Users;

/// <summary>
/// The accounts a person may manage, filtered and 50 to a page: every organisation's for LA
/// admins, only their own school's for headteachers.
/// </summary>
[Authorize(Policy = UserAdministrationPolicy.Name)]
public sealed class UserListModel(UserAccounts accounts, UserListQuery listQuery, IOrganisationDirectory directory, IAssignableRoles roles) : PageModel
{
    /// <summary>What the last action did (an invitation cancelled), shown once.</summary>
    [TempData(Key = UserBanner.Key)]
    public string? Banner { get; set; }

    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? LastSignIn { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> RoleChoices { get; private set; } = [];

    public bool EveryOrganisation { get; private set; }

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int FirstShown => Total == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;

    public int LastShown => Math.Min(PageNumber * PageSize, Total);

    public static IReadOnlyList<SelectListItem> StatusChoices { get; } =
        [new("Any status", ""), .. Enum.GetValues<AccountStatus>().Select(s => new SelectListItem(s.ToString(), s.ToString()))];

    public static IReadOnlyList<SelectListItem> SignInChoices { get; } =
    [
        new("Any time", ""),
        new($"In the last {UserListQuery.RecentDays} days", nameof(SignInFilter.Recent)),
        new($"Not in the last {UserListQuery.StaleDays} days", nameof(SignInFilter.Stale)),
        new("Never signed in", nameof(SignInFilter.Never)),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        EveryOrganisation = await accounts.ManagesEveryOrganisationAsync(User, cancellationToken);
        var roleNames = (await roles.ListAsync(cancellationToken)).Select(r => r.Name).ToList();
        RoleChoices = [new("Any role", ""), .. roleNames.Select(r => new SelectListItem(r, r))];
        var filter = await UserFilter.ParseAsync(new UserFilterText(Organisation, Role, Status, LastSignIn), ModelState, directory, roleNames, cancellationToken);
        if (filter is null)
        {
            return Page();
        }

        var query = listQuery.Apply(await accounts.VisibleAsync(User, cancellationToken), filter);
        Total = await query.CountAsync(cancellationToken);
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        var users = await query
            .OrderBy(u => u.DisplayName)
            .ThenBy(u => u.Email)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        Rows = await UserRows.OfAsync(users, accounts, directory, cancellationToken);
        return Page();
    }

    public string AccountPath(UserRow row) => Url.Content(UserPaths.Account(row.Id));

    public string? PageUrl(int page) => Url.Page(null, new { Organisation, Role, Status, LastSignIn, pageNumber = page });

    public string? ExportUrl => Url.Content("~/admin/users/export") + Request.QueryString;
}
