using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Users.Administration;
using Perspective.Users.Sessions;

namespace Perspective.Users.Pages.Admin.Users.Account;

/// <summary>One account: what it is, and what an admin may do to it. Another school's account is 404.</summary>
[Authorize(Policy = UserAdministrationPolicy.Name)]
public sealed class UserAccountModel(
    UserAccounts accounts,
    IOrganisationDirectory directory,
    IUserSessions sessions,
    IAuditLog audit,
    TenantDbContext db,
    TimeProvider time) : PageModel
{
    public PerspectiveUser Account { get; private set; } = default!;

    public string Organisation { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public bool IsSelf => Account.Id == User.UserId();

    /// <summary>Locked out after too many wrong passwords or codes, until <c>LockoutEnd</c>.</summary>
    public bool IsLockedOut => Account.LockoutEnd > time.GetUtcNow();

    [TempData(Key = UserBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var organisations = await directory.FindManyAsync(Account.OrganisationId is { } o ? [o] : [], cancellationToken);
        Organisation = UserRow.OrganisationName(Account.OrganisationId, organisations);
        Roles = (await accounts.RolesOfAsync([Account.Id], cancellationToken))[Account.Id].ToList();
        return Page();
    }

    /// <summary>Lets a deactivated account sign in again. Its old sessions stay ended.</summary>
    public async Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Account.DeactivatedUtc is not null)
        {
            Account.DeactivatedUtc = null;
            audit.Record(UsersEvents.Reactivated, "user", Account.Id);
            await db.SaveChangesAsync(cancellationToken);
            Banner = $"{Account.DisplayName} can sign in again";
        }

        return Redirect(Url.Content(UserPaths.Account(Account.Id)));
    }

    /// <summary>
    /// Lets a locked-out account sign in again before its lockout ends, for someone the admin has
    /// checked is who they say (their wrong answers are forgotten too).
    /// </summary>
    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (IsLockedOut)
        {
            Account.LockoutEnd = null;
            Account.AccessFailedCount = 0;
            audit.Record(UsersEvents.Unlocked, "user", Account.Id);
            await db.SaveChangesAsync(cancellationToken);
            Banner = $"{Account.DisplayName} is no longer locked out";
        }

        return Redirect(Url.Content(UserPaths.Account(Account.Id)));
    }

    /// <summary>Signs the person out everywhere, at once.</summary>
    public async Task<IActionResult> OnPostEndSessionsAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await sessions.EndAllAsync(Account.Id, "ended by an admin", cancellationToken);
        await audit.RecordNowAsync(UsersEvents.SessionsEnded, "user", Account.Id, cancellationToken: cancellationToken);
        Banner = $"{Account.DisplayName} is signed out everywhere";
        return Redirect(Url.Content(UserPaths.Account(Account.Id)));
    }

    public string RolesPath => Url.Content(UserPaths.Roles(Account.Id));

    public string DeactivatePath => Url.Content(UserPaths.Deactivate(Account.Id));

    public string InvitationPath => Url.Content(UserPaths.Invitation(Account.Id));

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
