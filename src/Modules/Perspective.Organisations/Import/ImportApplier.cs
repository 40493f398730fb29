using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Organisations.Data;
using Perspective.Organisations.Groups;
using Perspective.Organisations.References;

namespace Perspective.Organisations.Import;

/// <summary>
/// Writes an <see cref="ImportPlan"/> in one transaction: adds the new schools (on the Lite
/// edition), updates the changed ones, marks closures and re-openings, and keeps the phase groups
/// in step. Rows in error are not imported.
/// </summary>
public sealed class ImportApplier(TenantDbContext db, PhaseGroups phaseGroups, TimeProvider time)
{
    public async Task<ImportCounts> ApplyAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var now = time.GetUtcNow().UtcDateTime;
        var touched = new List<Organisation>();
        foreach (var row in plan.NewSchools)
        {
            var school = new Organisation
            {
                Id = OrganisationIds.School(row.Urn),
                Kind = OrganisationKind.School,
                Urn = row.Urn,
                Name = row.Name,
                Edition = SchoolEdition.Lite,
                CreatedUtc = now,
                UpdatedUtc = now,
            };
            SchoolFields.CopyTo(row, school);
            db.Set<Organisation>().Add(school);
            touched.Add(school);
        }

        foreach (var change in plan.ChangedSchools.Concat(plan.ClosingSchools).Concat(plan.ReopeningSchools))
        {
            // The plan's schools may come from another unit of work (a preview); change the tracked ones.
            var school = await db.Set<Organisation>().FirstAsync(o => o.Id == change.School.Id, cancellationToken);
            SchoolFields.CopyTo(change.Row, school);
            school.ClosedUtc = change.Row.IsClosed ? school.ClosedUtc ?? now : null;
            school.UpdatedUtc = now;
            touched.Add(school);
        }

        await db.SaveChangesAsync(cancellationToken);
        // Unchanged schools too: one added some other way may not be in its phase group yet.
        await phaseGroups.KeepInStepAsync([.. touched, .. plan.UnchangedSchools], now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new ImportCounts(plan.NewSchools.Count, plan.ChangedSchools.Count, plan.ClosingSchools.Count, plan.ReopeningSchools.Count, plan.Errors.Count);
    }
}

/// <summary>What an import did, for the done page and the audit trail.</summary>
public sealed record ImportCounts(int Added, int Changed, int Closed, int Reopened, int RowsInError)
{
    public override string ToString() =>
        $"added {Added}, changed {Changed}, closed {Closed}, re-opened {Reopened}, rows in error {RowsInError}";
}
