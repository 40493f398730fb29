using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Settings;
using Perspective.Organisations.Data;
using Perspective.Organisations.References;

namespace Perspective.Organisations;

/// <summary>The tenant's organisations as other modules see them, with their account limits worked out.</summary>
public sealed class OrganisationDirectory(TenantDbContext db, ISiteSettings settings) : IOrganisationDirectory
{
    private int? _liteLimit;

    private IQueryable<Organisation> Organisations => db.Set<Organisation>().AsNoTracking();

    public async Task<OrganisationInfo?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var organisation = await Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return organisation is null ? null : await InfoAsync(organisation, cancellationToken);
    }

    public async Task<OrganisationInfo?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default)
    {
        var organisation = await FindEntityByReferenceAsync(Organisations, reference, cancellationToken);
        return organisation is null ? null : await InfoAsync(organisation, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, OrganisationInfo>> FindManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var found = await Organisations.Where(o => wanted.Contains(o.Id)).ToListAsync(cancellationToken);
        var limit = await LiteLimitAsync(cancellationToken);
        return found.ToDictionary(o => o.Id, o => Info(o, limit), StringComparer.Ordinal);
    }

    public Task<IReadOnlyList<OrganisationInfo>> OpenSchoolsAsync(CancellationToken cancellationToken = default) =>
        OpenAsync(OrganisationKind.School, cancellationToken);

    public Task<IReadOnlyList<OrganisationInfo>> OpenTeamsAsync(CancellationToken cancellationToken = default) =>
        OpenAsync(OrganisationKind.LaTeam, cancellationToken);

    public async Task<IReadOnlyList<OrganisationGroupInfo>> GroupsAsync(CancellationToken cancellationToken = default)
    {
        var receiving = db.Set<Organisation>().Where(ReceivingSchools.Receives);
        // One query: a tenant has tens of groups, and the count is a correlated subquery on both providers.
        var groups = await db.Set<OrganisationGroup>().AsNoTracking()
            .OrderBy(g => g.Name).ThenBy(g => g.Id)
            .Select(g => new
            {
                g.Id,
                g.Name,
                g.Kind,
                OpenSchools = db.Set<OrganisationGroupMember>()
                    .Count(m => m.GroupId == g.Id && receiving.Any(o => o.Id == m.OrganisationId && o.Kind == OrganisationKind.School)),
            })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new OrganisationGroupInfo(g.Id, g.Name, Kind(g.Kind), g.OpenSchools)).ToList();
    }

    public async Task<IReadOnlyList<OrganisationInfo>> GroupMembersAsync(int groupId, CancellationToken cancellationToken = default)
    {
        var members = db.Set<OrganisationGroupMember>().Where(m => m.GroupId == groupId).Select(m => m.OrganisationId);
        var schools = await Organisations
            .Where(ReceivingSchools.Receives)
            .Where(o => members.Contains(o.Id))
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var limit = await LiteLimitAsync(cancellationToken);
        return schools.Select(o => Info(o, limit)).ToList();
    }

    /// <summary>
    /// The organisation a person's reference names: an id, a URN, or a DfE number. GIAS can give a
    /// closed school's DfE number to its successor, so an open school wins, then the newest.
    /// </summary>
    public static async Task<Organisation?> FindEntityByReferenceAsync(IQueryable<Organisation> organisations, string reference, CancellationToken cancellationToken)
    {
        var text = reference.Trim();
        if (text.StartsWith(OrganisationIds.SchoolPrefix, StringComparison.Ordinal) || text.StartsWith(OrganisationIds.TeamPrefix, StringComparison.Ordinal))
        {
            return await organisations.FirstOrDefaultAsync(o => o.Id == text, cancellationToken);
        }

        if (DfeNumbers.ParseUrn(text) is { } urn)
        {
            return await organisations.FirstOrDefaultAsync(o => o.Urn == urn, cancellationToken);
        }

        if (DfeNumbers.Parse(text) is { } dfeNumber)
        {
            return await organisations
                .Where(o => o.DfeNumber == dfeNumber)
                .OrderBy(o => o.ClosedUtc == null ? 0 : 1).ThenByDescending(o => o.CreatedUtc)
                .FirstOrDefaultAsync(cancellationToken);
        }

        return null;
    }

    private async Task<IReadOnlyList<OrganisationInfo>> OpenAsync(OrganisationKind kind, CancellationToken cancellationToken)
    {
        var open = await Organisations
            .Where(ReceivingSchools.Receives)
            .Where(o => o.Kind == kind)
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var limit = await LiteLimitAsync(cancellationToken);
        return open.Select(o => Info(o, limit)).ToList();
    }

    private static OrganisationGroupKind Kind(GroupKind kind) => kind switch
    {
        GroupKind.Phase => OrganisationGroupKind.Phase,
        GroupKind.Cluster => OrganisationGroupKind.Cluster,
        _ => OrganisationGroupKind.Custom,
    };

    public static OrganisationInfo Info(Organisation o, int liteLimit) =>
        new(o.Id, o.Name, o.Kind, o.Urn, o.DfeNumber, o.Edition, AccountLimits.For(o, liteLimit), o.ReceivesSends, o.IsProposed);

    private async Task<OrganisationInfo> InfoAsync(Organisation organisation, CancellationToken cancellationToken) =>
        Info(organisation, await LiteLimitAsync(cancellationToken));

    private async Task<int> LiteLimitAsync(CancellationToken cancellationToken) =>
        _liteLimit ??= await settings.LiteAccountLimitAsync(cancellationToken);
}
