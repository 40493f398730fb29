using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Organisations.Data;

namespace Perspective.Organisations.Groups;

/// <summary>Replacing a group's members, touching only the rows that change.</summary>
public static class GroupMemberships
{
    /// <summary>Makes the group's members exactly <paramref name="wanted"/>, in the current unit of work; says whether anything changed.</summary>
    public static async Task<bool> SetAsync(TenantDbContext db, int groupId, IReadOnlySet<string> wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(wanted);
        var current = await db.Set<OrganisationGroupMember>().Where(m => m.GroupId == groupId).ToListAsync(cancellationToken);
        var leaving = current.Where(m => !wanted.Contains(m.OrganisationId)).ToList();
        var joining = wanted.Where(id => current.All(m => m.OrganisationId != id)).ToList();
        db.Set<OrganisationGroupMember>().RemoveRange(leaving);
        db.Set<OrganisationGroupMember>().AddRange(joining.Select(id => new OrganisationGroupMember { GroupId = groupId, OrganisationId = id }));
        return leaving.Count + joining.Count > 0;
    }
}
