using Perspective.Core.Organisations;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>A fixed directory of a few organisations, so these tests do not depend on the organisations module.</summary>
public sealed class TestOrganisationDirectory : IOrganisationDirectory
{
    public static readonly OrganisationInfo Ash = new("school-100001", "Ash Primary School", OrganisationKind.School, 100001, "9992001", SchoolEdition.Lite, 5, true);
    public static readonly OrganisationInfo Birch = new("school-100002", "Birch Academy", OrganisationKind.School, 100002, "9992002", SchoolEdition.Full, null, true);
    public static readonly OrganisationInfo LaTeam = new("LA", "School Improvement Team", OrganisationKind.LaTeam, null, null, null, null, true);

    private static readonly IReadOnlyList<OrganisationInfo> All = [Ash, Birch, LaTeam];

    public Task<OrganisationInfo?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(All.FirstOrDefault(o => o.Id == id));

    public Task<OrganisationInfo?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default)
    {
        var digits = reference.Replace("/", "", StringComparison.Ordinal);
        return Task.FromResult(All.FirstOrDefault(o => o.Id == reference || o.Urn?.ToString(System.Globalization.CultureInfo.InvariantCulture) == reference || o.DfeNumber == digits));
    }

    public Task<IReadOnlyDictionary<string, OrganisationInfo>> FindManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, OrganisationInfo>>(All.Where(o => ids.Contains(o.Id)).ToDictionary(o => o.Id));

    public Task<IReadOnlyList<OrganisationInfo>> OpenSchoolsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OrganisationInfo>>(All.Where(o => o.IsSchool).OrderBy(o => o.Name).ToList());

    public Task<IReadOnlyList<OrganisationInfo>> GroupMembersAsync(int groupId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OrganisationInfo>>([]);
}
