using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Users.Sessions;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.Pages.Admin.TwoFactor;

/// <summary>An admin (or the headteacher, for their school) resets someone's lost two-factor.</summary>
public sealed class ResetUserModel(
    UserManager<PerspectiveUser> users,
    IPermissionGrants grants,
    RecoveryCodes codes,
    IUserSessions sessions,
    IAuditLog audit) : PageModel
{
    public PerspectiveUser Account { get; private set; } = null!;

    [TempData(Key = Users.UserBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) =>
        await FindAsync(id) is { TwoFactorEnabled: true } account ? ShowPage(account) : NotFound();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await FindAsync(id) is not { TwoFactorEnabled: true } account)
        {
            return NotFound();
        }

        account.TwoFactorEnabled = false;
        account.AuthenticatorKeyProtected = null;
        await codes.RemoveAllAsync(account.Id);
        audit.Record(UsersEvents.TwoFactorResetByAdmin, "user", account.Id);
        await users.UpdateAsync(account);
        await sessions.EndAllAsync(account.Id, "two-factor reset by an admin");
        Banner = $"Two-factor is reset for {account.DisplayName}";
        return Redirect(Url.Content($"~/admin/users/{account.Id}"));
    }

    private PageResult ShowPage(PerspectiveUser account)
    {
        Account = account;
        return Page();
    }

    // Another organisation's account, or an unknown id, is simply not found.
    private async Task<PerspectiveUser?> FindAsync(string id) =>
        await users.FindByIdAsync(id) is { } account
        && await grants.AllowsAsync(User, account.OrganisationId, UsersPermissions.ManageUsers, UsersPermissions.ManageOwnSchoolUsers)
            ? account
            : null;
}
