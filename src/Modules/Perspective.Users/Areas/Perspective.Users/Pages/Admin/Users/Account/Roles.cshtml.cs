using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Security;
using Perspective.Theme.TagHelpers;
using Perspective.Users.Administration;

namespace Perspective.Users.Pages.Admin.Users.Account;

/// <summary>
/// Chooses an account's roles from those that suit its organisation: school roles for a school's
/// account, LA team roles for an LA team's. Someone who manages only their own school's accounts
/// gives and takes only the roles <see cref="SchoolManagerRoles"/> allows; the others show, but
/// cannot be changed.
/// </summary>
[Authorize(Policy = UserAdministrationPolicy.Name)]
public sealed class UserRolesModel(
    UserAccounts accounts,
    SchoolManagerRoles schoolManagerRoles,
    UserManager<PerspectiveUser> users,
    RoleManager<IdentityRole> identityRoles,
    IAssignableRoles roles,
    IOrganisationDirectory directory,
    IAuditLog audit,
    TenantDbContext db) : PageModel
{
    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public PerspectiveUser Account { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Choices { get; private set; } = [];

    /// <summary>Null when the account's organisation is unknown, so no role can be judged to suit it.</summary>
    public AccountKind? Kind { get; private set; }

    [TempData(Key = UserBanner.Key)]
    public string? Banner { get; set; }

    private IReadOnlyList<string> Held { get; set; } = [];

    private HashSet<string> Changeable { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Roles = Held.ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var posted = (Roles ?? []).ToHashSet(StringComparer.Ordinal);
        if (posted.FirstOrDefault(r => !Changeable.Contains(r) && !Held.Contains(r)) is { } refused)
        {
            ModelState.AddModelError(nameof(Roles), $"You cannot give the role {refused} to this account");
            return Page();
        }

        // Roles this person may not change stay as they were, whatever was posted.
        var wanted = Held.Where(r => !Changeable.Contains(r)).Concat(posted.Where(Changeable.Contains)).ToHashSet(StringComparer.Ordinal);
        var added = wanted.Where(r => !Held.Contains(r)).Order(StringComparer.Ordinal).ToList();
        var removed = Held.Where(r => !wanted.Contains(r)).Order(StringComparer.Ordinal).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            // Identity saves after each step; one transaction makes them a single change with its audit event.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var role in added)
            {
                // A built-in role nobody has held or saved yet has no Identity role to join.
                if (!await identityRoles.RoleExistsAsync(role))
                {
                    Check(await identityRoles.CreateAsync(new IdentityRole(role)));
                }
            }

            Check(await users.RemoveFromRolesAsync(Account, removed));
            Check(await users.AddToRolesAsync(Account, added));
            // Saved with the new stamp, which makes the person's next request pick up their new roles (or sign in again).
            audit.Record(UsersEvents.RolesChanged, "user", Account.Id, $"Added: {Listed(added)}. Removed: {Listed(removed)}.");
            Check(await users.UpdateSecurityStampAsync(Account));
            await transaction.CommitAsync(cancellationToken);
            Banner = $"{Account.DisplayName}'s roles are saved";
        }

        return Redirect(Url.Content(UserPaths.Account(Account.Id)));
    }

    public string AccountPath => Url.Content(UserPaths.Account(Account.Id));

    private static string Listed(List<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The roles could not be saved: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(User, id, cancellationToken) is not { } account)
        {
            return false;
        }

        Account = account;
        Held = (await users.GetRolesAsync(account)).Order(StringComparer.Ordinal).ToList();
        Kind = await AccountKinds.OfAsync(account.OrganisationId, directory, cancellationToken);
        var suitable = Kind is { } kind ? (await roles.ListAsync(cancellationToken)).Where(r => r.Holders == kind).ToList() : [];
        var everyOrganisation = await accounts.ManagesEveryOrganisationAsync(User, cancellationToken);
        Changeable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in suitable)
        {
            if (everyOrganisation || await schoolManagerRoles.MayGrantAsync(role.Name, cancellationToken))
            {
                Changeable.Add(role.Name);
            }
        }

        Choices = suitable
            .Select(r => (SelectListItem)new GovUkChoice(r.Name, r.Name, string.IsNullOrEmpty(r.Description) ? null : r.Description) { Disabled = !Changeable.Contains(r.Name) })
            .ToList();
        return true;
    }
}
