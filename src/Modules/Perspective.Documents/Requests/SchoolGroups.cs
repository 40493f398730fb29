using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Documents.Requests;

/// <summary>A group of schools to offer as a choice.</summary>
public sealed record SchoolGroup(int Id, string Name);

/// <summary>
/// The tenant's groups of schools, to choose one to ask. The kernel's organisation directory gives
/// a group's members but has no list of groups, so this reads the organisations module's group
/// names directly; it should become <c>IOrganisationDirectory.GroupsAsync</c> when the kernel has it.
/// </summary>
public sealed class SchoolGroups(TenantDbContext db)
{
    public async Task<IReadOnlyList<SchoolGroup>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Database
            .SqlQuery<SchoolGroup>($"""SELECT "Id", "Name" FROM "OrganisationGroups" ORDER BY "Name", "Id" """)
            .ToListAsync(cancellationToken);
}
