using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Organisations.Data;

namespace Perspective.Organisations.Groups;

/// <summary>
/// Keeps each school in the phase group named by its GIAS phase, and in no other phase group.
/// Groups are created as phases appear; an emptied one stays, as other modules may still
/// target it.
/// </summary>
public sealed class PhaseGroups(TenantDbContext db)
{
    /// <summary>Puts the given schools in step (in the current unit of work, but new groups are saved to get their ids).</summary>
    public async Task KeepInStepAsync(IReadOnlyCollection<Organisation> schools, DateTime now, CancellationToken cancellationToken)
    {
        if (schools.Count == 0)
        {
            return;
        }

        var groups = await db.Set<OrganisationGroup>().Where(g => g.Kind == GroupKind.Phase).ToListAsync(cancellationToken);
        var byName = groups.ToDictionary(g => g.Name, StringComparer.Ordinal);
        foreach (var phase in schools.Select(s => s.Phase).OfType<string>().Distinct(StringComparer.Ordinal).Where(p => !byName.ContainsKey(p)))
        {
            var group = new OrganisationGroup { Name = phase, Kind = GroupKind.Phase, CreatedUtc = now };
            db.Set<OrganisationGroup>().Add(group);
            byName[phase] = group;
        }

        await db.SaveChangesAsync(cancellationToken);
        var phaseGroupIds = byName.Values.Select(g => g.Id).ToList();
        var ids = schools.Select(s => s.Id).ToList();
        var memberships = await db.Set<OrganisationGroupMember>()
            .Where(m => ids.Contains(m.OrganisationId) && phaseGroupIds.Contains(m.GroupId))
            .ToListAsync(cancellationToken);
        foreach (var school in schools)
        {
            int? wanted = school.Phase is { } phase ? byName[phase].Id : null;
            var current = memberships.Where(m => m.OrganisationId == school.Id).ToList();
            db.Set<OrganisationGroupMember>().RemoveRange(current.Where(m => m.GroupId != wanted));
            if (wanted is { } groupId && current.All(m => m.GroupId != groupId))
            {
                db.Set<OrganisationGroupMember>().Add(new OrganisationGroupMember { GroupId = groupId, OrganisationId = school.Id });
            }
        }
    }
}
