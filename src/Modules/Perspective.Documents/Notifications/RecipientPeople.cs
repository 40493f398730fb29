using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Documents.Access;
using Perspective.Documents.Data;

namespace Perspective.Documents.Notifications;

/// <summary>Someone a document reaches: an active account in the recipient organisation.</summary>
public sealed record RecipientPerson(string UserId, string Email, string Name);

/// <summary>
/// Who a recipient row reaches today, by the same rule as <see cref="DocumentAccess"/>: the named
/// person, or the organisation's active accounts holding one of the category's recipient roles
/// (and the row's role, when it names one). Used to email them and to tell a sender when nobody
/// holds the role yet.
/// </summary>
public sealed class RecipientPeople(TenantDbContext db)
{
    public async Task<IReadOnlyList<RecipientPerson>> ForAsync(DocumentRecipient row, DocumentCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(category);
        return await ForAsync(row.OrganisationId, row.UserId, row.RoleName, category, cancellationToken);
    }

    public async Task<IReadOnlyList<RecipientPerson>> ForAsync(string organisationId, string? userId, string? roleName, DocumentCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(category);
        var active = db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.ActivatedUtc != null && u.DeactivatedUtc == null && u.Email != null);
        if (userId is not null)
        {
            return await active.Where(u => u.Id == userId)
                .Select(u => new RecipientPerson(u.Id, u.Email!, u.DisplayName))
                .ToListAsync(cancellationToken);
        }

        var categoryRoles = DocumentAccess.Split(category.RecipientRoles).ToList();
        var holders = from userRole in db.UserRoles
                      join role in db.Roles on userRole.RoleId equals role.Id
                      where categoryRoles.Contains(role.Name!)
                      select userRole.UserId;
        var people = active.Where(u => holders.Contains(u.Id));
        if (roleName is not null)
        {
            var roleHolders = from userRole in db.UserRoles
                              join role in db.Roles on userRole.RoleId equals role.Id
                              where role.Name == roleName
                              select userRole.UserId;
            people = people.Where(u => roleHolders.Contains(u.Id));
        }

        return await people.OrderBy(u => u.Email)
            .Select(u => new RecipientPerson(u.Id, u.Email!, u.DisplayName))
            .ToListAsync(cancellationToken);
    }
}
