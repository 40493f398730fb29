using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Users.Administration;
using Perspective.Users.Sessions;

namespace Perspective.Users.Pages.Admin.Users.Account;

/// <summary>
/// Deactivates an account after a confirmation: it can no longer sign in, its security stamp
/// changes and every session ends at once. Nobody deactivates their own account.
/// </summary>
[Authorize(Policy = UserAdministrationPolicy.Name)]
public sealed class DeactivateUserModel(
    UserAccounts accounts,
    UserManager<PerspectiveUser> users,
    IUserSessions sessions,
    IAuditLog audit,
    TenantDbContext db,
    TimeProvider time) : PageModel
{
    public PerspectiveUser Account { get; private set; } = default!;

    [TempData(Key = UserBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        RefuseIfNotPossible();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!RefuseIfNotPossible())
        {
            return Page();
        }

        // One transaction: the account, its stamp, its sessions and the audit event commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Account.DeactivatedUtc = time.GetUtcNow().UtcDateTime;
        audit.Record(UsersEvents.Deactivated, "user", Account.Id);
        var updated = await users.UpdateSecurityStampAsync(Account);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException($"The account could not be deactivated: {string.Join(" ", updated.Errors.Select(e => e.Description))}");
        }

        await sessions.EndAllAsync(Account.Id, "deactivated", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Banner = $"{Account.DisplayName} is deactivated and signed out everywhere";
        return Redirect(Url.Content(UserPaths.Account(Account.Id)));
    }

    public string AccountPath => Url.Content(UserPaths.Account(Account.Id));

    /// <summary>Adds the reason to the page when the account cannot be deactivated; true when it can.</summary>
    private bool RefuseIfNotPossible()
    {
        if (Account.Id == User.UserId())
        {
            ModelState.AddModelError("", "You cannot deactivate your own account. Ask another administrator");
        }
        else if (Account.DeactivatedUtc is not null)
        {
            ModelState.AddModelError("", $"{Account.DisplayName}'s account is already deactivated");
        }

        return ModelState.IsValid;
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(User, id, cancellationToken) is not { } account)
        {
            return false;
        }

        Account = account;
        return true;
    }
}
