using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Data;

namespace Perspective.Users.People;

/// <summary>The tenant's people for other modules, by this module's rule for an active account.</summary>
internal sealed class UserDirectory(TenantDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<DirectoryPerson>> ActivePeopleAsync(
        string organisationId, IReadOnlyCollection<string> anyOfRoles, string? alsoRole = null, CancellationToken cancellationToken = default)
    {
        var roles = anyOfRoles.ToList();
        var holders = HoldersOf(roles);
        var people = Active(organisationId).Where(u => holders.Contains(u.Id));
        if (alsoRole is not null)
        {
            var alsoHolders = HoldersOf([alsoRole]);
            people = people.Where(u => alsoHolders.Contains(u.Id));
        }

        return await people.OrderBy(u => u.Email)
            .Select(u => new DirectoryPerson(u.Id, u.Email!, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    public Task<DirectoryPerson?> ActivePersonAsync(string organisationId, string userId, CancellationToken cancellationToken = default) =>
        Active(organisationId).Where(u => u.Id == userId)
            .Select(u => new DirectoryPerson(u.Id, u.Email!, u.DisplayName))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<DirectoryAccount?> FindByEmailAsync(string organisationId, string email, CancellationToken cancellationToken = default)
    {
        // Identity's default normaliser, so the lookup uses the NormalizedEmail index.
        var normalized = email.Trim().ToUpperInvariant();
        var person = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.NormalizedEmail == normalized)
            .Select(u => new { u.Id, u.ActivatedUtc, u.DeactivatedUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where userRole.UserId == person.Id && role.Name != null
                           select role.Name!).ToListAsync(cancellationToken);
        return new DirectoryAccount(person.Id, person.ActivatedUtc is not null && person.DeactivatedUtc is null, roles);
    }

    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken = default) =>
        await db.Roles.Where(r => r.Name != null).Select(r => r.Name!).ToListAsync(cancellationToken);

    // The rule for an active account: signed up, not deactivated, and reachable by email.
    private IQueryable<PerspectiveUser> Active(string organisationId) =>
        db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.ActivatedUtc != null && u.DeactivatedUtc == null && u.Email != null);

    private IQueryable<string> HoldersOf(List<string> roleNames) =>
        from userRole in db.UserRoles
        join role in db.Roles on userRole.RoleId equals role.Id
        where roleNames.Contains(role.Name!)
        select userRole.UserId;
}
