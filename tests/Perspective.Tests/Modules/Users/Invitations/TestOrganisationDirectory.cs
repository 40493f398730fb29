using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Organisations.Data;

namespace Perspective.Tests.Modules.Users.Invitations;

/// <summary>
/// A stand-in for the Organisations module's directory while it is being written: reads the
/// Organisations table. Lite schools have 2 accounts unless overridden; Full ones no limit.
/// </summary>
public sealed class TestOrganisationDirectory(TenantDbContext db) : IOrganisationDirectory
{
    public async Task<OrganisationInfo?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Info(await Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken));

    public async Task<OrganisationInfo?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default)
    {
        var digits = reference.Replace("/", "", StringComparison.Ordinal);
        int? urn = reference.Length == 6 && int.TryParse(reference, out var u) ? u : null;
        var found = await Organisations.FirstOrDefaultAsync(
            o => o.Id == reference || (urn != null && o.Urn == urn) || (digits.Length == 7 && o.DfeNumber == digits), cancellationToken);
        return Info(found);
    }

    public async Task<IReadOnlyDictionary<string, OrganisationInfo>> FindManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.ToList();
        return (await Organisations.Where(o => wanted.Contains(o.Id)).ToListAsync(cancellationToken)).ToDictionary(o => o.Id, o => Info(o)!);
    }

    public async Task<IReadOnlyList<OrganisationInfo>> OpenSchoolsAsync(CancellationToken cancellationToken = default) =>
        (await Organisations.Where(o => o.Kind == OrganisationKind.School && o.ClosedUtc == null).OrderBy(o => o.Name).ToListAsync(cancellationToken))
            .Select(o => Info(o)!).ToList();

    public Task<IReadOnlyList<OrganisationInfo>> GroupMembersAsync(int groupId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OrganisationInfo>>([]);

    private IQueryable<Organisation> Organisations => db.Set<Organisation>().AsNoTracking();

    private static OrganisationInfo? Info(Organisation? o) => o is null
        ? null
        : new OrganisationInfo(o.Id, o.Name, o.Kind, o.Urn, o.DfeNumber, o.Edition,
            o.Edition == SchoolEdition.Lite ? o.AccountLimitOverride ?? 2 : null, o.IsOpen);
}
