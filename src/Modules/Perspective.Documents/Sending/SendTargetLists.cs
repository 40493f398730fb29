using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;

namespace Perspective.Documents.Sending;

/// <summary>A group of schools as the send page offers it.</summary>
public sealed record SchoolGroupChoice(int Id, string Name);

/// <summary>
/// The LA teams and groups of schools a sender picks from. <see cref="IOrganisationDirectory"/>
/// cannot list either yet, so until it can (<c>OpenTeamsAsync</c>, <c>GroupsAsync</c>) this reads
/// the ids and names from the organisations module's tables with plain SQL that runs on both
/// providers. Only choices come from here: whom a send reaches is still decided through the
/// directory (<see cref="IOrganisationDirectory.FindAsync"/>, <see cref="IOrganisationDirectory.GroupMembersAsync"/>).
/// </summary>
public sealed class SendTargetLists(TenantDbContext db, IOrganisationDirectory organisations)
{
    public async Task<IReadOnlyList<OrganisationInfo>> OpenTeamsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await db.Database
            .SqlQueryRaw<string>("SELECT \"Id\" AS \"Value\" FROM \"Organisations\" WHERE \"Kind\" = 'LaTeam' AND \"ClosedUtc\" IS NULL")
            .ToListAsync(cancellationToken);
        var found = await organisations.FindManyAsync(ids, cancellationToken);
        return [.. found.Values.Where(o => o.Kind == OrganisationKind.LaTeam && o.IsOpen).OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<SchoolGroupChoice>> GroupsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Database
            .SqlQueryRaw<GroupRow>("SELECT \"Id\", \"Name\" FROM \"OrganisationGroups\"")
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(r => new SchoolGroupChoice(r.Id, r.Name))];
    }

    private sealed class GroupRow
    {
        public int Id { get; init; }

        public string Name { get; init; } = "";
    }
}
