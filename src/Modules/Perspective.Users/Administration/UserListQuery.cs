using Perspective.Core.Accounts;
using Perspective.Core.Data;

namespace Perspective.Users.Administration;

/// <summary>Applies the user list's filters to a query, for the list and its CSV export alike.</summary>
public sealed class UserListQuery(TenantDbContext db, TimeProvider time)
{
    public const int RecentDays = 30;

    public const int StaleDays = 90;

    public IQueryable<PerspectiveUser> Apply(IQueryable<PerspectiveUser> users, UserFilter filter)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.OrganisationId is { } organisationId)
        {
            users = users.Where(u => u.OrganisationId == organisationId);
        }

        if (filter.Role is { } role)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        users = filter.Status switch
        {
            AccountStatus.Invited => users.Where(u => u.DeactivatedUtc == null && u.ActivatedUtc == null),
            AccountStatus.Active => users.Where(u => u.DeactivatedUtc == null && u.ActivatedUtc != null),
            AccountStatus.Deactivated => users.Where(u => u.DeactivatedUtc != null),
            _ => users,
        };

        var now = time.GetUtcNow().UtcDateTime;
        var recent = now.AddDays(-RecentDays);
        var stale = now.AddDays(-StaleDays);
        return filter.SignIn switch
        {
            SignInFilter.Recent => users.Where(u => u.LastSignInUtc >= recent),
            SignInFilter.Stale => users.Where(u => u.LastSignInUtc < stale),
            SignInFilter.Never => users.Where(u => u.LastSignInUtc == null),
            _ => users,
        };
    }

    /// <summary>Active accounts with no sign-in for <paramref name="days"/> days; one never signed in counts from activation.</summary>
    public IQueryable<PerspectiveUser> Leavers(IQueryable<PerspectiveUser> users, int days)
    {
        ArgumentNullException.ThrowIfNull(users);
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-days);
        return users
            .Where(u => u.DeactivatedUtc == null && u.ActivatedUtc != null)
            .Where(u => (u.LastSignInUtc ?? u.ActivatedUtc) < cutoff)
            .OrderBy(u => u.LastSignInUtc ?? u.ActivatedUtc)
            .ThenBy(u => u.Email);
    }
}
