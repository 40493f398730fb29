namespace Perspective.Core.Organisations;

/// <summary>The current tenant's organisations, for modules other than the one that keeps them.</summary>
public interface IOrganisationDirectory
{
    Task<OrganisationInfo?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds an organisation by what a person would type: its id, a 6-digit URN, or a DfE number
    /// as 7 digits or <c>LLL/EEEE</c>. Null when nothing matches.
    /// </summary>
    Task<OrganisationInfo?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Organisations by id, for lists that show many users' organisations at once.</summary>
    Task<IReadOnlyDictionary<string, OrganisationInfo>> FindManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Every open school, ordered by name; not those GIAS says are only proposed to open.</summary>
    Task<IReadOnlyList<OrganisationInfo>> OpenSchoolsAsync(CancellationToken cancellationToken = default);

    /// <summary>The open schools in a group, ordered by name; empty for an unknown group.</summary>
    Task<IReadOnlyList<OrganisationInfo>> GroupMembersAsync(int groupId, CancellationToken cancellationToken = default);

    /// <summary>Every group of schools, ordered by name, with how many open schools each holds.</summary>
    Task<IReadOnlyList<OrganisationGroupInfo>> GroupsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every open Local Authority team, ordered by name.</summary>
    Task<IReadOnlyList<OrganisationInfo>> OpenTeamsAsync(CancellationToken cancellationToken = default);
}
