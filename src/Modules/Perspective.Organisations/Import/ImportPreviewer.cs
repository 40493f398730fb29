using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Organisations.Data;

namespace Perspective.Organisations.Import;

/// <summary>Reads a GIAS file and works out its plan against the tenant's schools; writes nothing.</summary>
public sealed class ImportPreviewer(TenantDbContext db)
{
    /// <summary>The file's problem (nothing can be imported), or its plan.</summary>
    public async Task<(string? FileError, ImportPlan? Plan)> PlanAsync(Stream file, CancellationToken cancellationToken)
    {
        var read = GiasCsvReader.Read(file);
        if (read.FileError is not null)
        {
            return (read.FileError, null);
        }

        var schools = await db.Set<Organisation>().AsNoTracking().Where(o => o.Kind == OrganisationKind.School).ToListAsync(cancellationToken);
        return (null, ImportPlan.Create(read, schools));
    }
}
