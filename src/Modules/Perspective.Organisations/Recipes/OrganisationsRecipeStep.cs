using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Organisations;
using Perspective.Core.Recipes;
using Perspective.Organisations.Data;
using Perspective.Organisations.Groups;
using Perspective.Organisations.Import;

namespace Perspective.Organisations.Recipes;

/// <summary>
/// Recipe step <c>organisations</c>: <c>{ "name": "organisations", "teams": [{ "id", "name" }],
/// "giasFile": "data/x.csv", "schools": [{ "urn", "laCode", "establishmentNumber", "name", "phase",
/// "type", "postcode", "edition", "accountLimit" }], "groups": [{ "name", "kind", "members" }] }</c>.
/// Schools from the file and those given in full are imported as the admin import does; a school
/// given by URN alone only has its edition or account limit set. Groups get exactly the members
/// listed. Exports the teams, the cluster and custom groups (members as DfE numbers) and each
/// school's edition and limit override, never the GIAS data itself.
/// </summary>
public sealed class OrganisationsRecipeStep(TenantDbContext db, ImportApplier applier, GroupMembersReader members, TimeProvider time)
    : RecipeStep<OrganisationsStepData>
{
    public override string Name => "organisations";

    public override int Order => 20;

    protected override async Task ValidateAsync(OrganisationsStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = OrganisationsStepReader.Read(data, context.Files, context.AddError);
        var references = await ReferencesAsync(step, cancellationToken);
        var known = await db.Set<Organisation>().AsNoTracking().Where(o => o.Urn != null).Select(o => o.Urn!.Value).ToListAsync(cancellationToken);
        var inStep = step.SchoolRows.Select(r => r.Urn).Concat(known).ToHashSet();
        foreach (var school in step.Schools.Where(s => s.Details is null && !inStep.Contains(s.Urn)))
        {
            context.AddError($"{school.Label} is not in the portal or the GIAS file; give its 'laCode', 'establishmentNumber' and 'name'.");
        }

        foreach (var group in step.Groups)
        {
            for (var i = 0; i < group.Members.Count; i++)
            {
                if (references.Resolve(group.Members[i]) is null)
                {
                    context.AddError($"Group '{group.Name}': member {i + 1} ('{group.Members[i]}') is not the URN or DfE number of a school in the portal or in this step.");
                }
            }
        }
    }

    protected override async Task ExecuteAsync(OrganisationsStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = OrganisationsStepReader.Read(data, context.Files, _ => { });
        var now = time.GetUtcNow().UtcDateTime;
        await PutTeamsAsync(step.Teams, now, cancellationToken);

        var rows = step.SchoolRows.ToList();
        if (rows.Count > 0)
        {
            var schools = await db.Set<Organisation>().AsNoTracking().Where(o => o.Kind == OrganisationKind.School).ToListAsync(cancellationToken);
            await applier.ApplyAsync(ImportPlan.Create(new GiasReadResult(null, rows, []), schools, listNotInFile: false), cancellationToken);
        }

        await PutEditionsAsync(step.Schools, now, cancellationToken);
        await PutGroupsAsync(step.Groups, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    protected override async Task<IReadOnlyList<OrganisationsStepData>> ExportAsync(CancellationToken cancellationToken)
    {
        var organisations = db.Set<Organisation>().AsNoTracking();
        var teams = await organisations.Where(o => o.Kind == OrganisationKind.LaTeam).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var overridden = await organisations
            .Where(o => o.Kind == OrganisationKind.School && (o.Edition == SchoolEdition.Full || o.AccountLimitOverride != null))
            .OrderBy(o => o.Urn)
            .ToListAsync(cancellationToken);
        var groups = await db.Set<OrganisationGroup>().AsNoTracking().Where(g => g.Kind != GroupKind.Phase).ToListAsync(cancellationToken);
        var memberships = groups.Count == 0
            ? []
            : await db.Set<OrganisationGroupMember>().AsNoTracking()
                .Join(organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m.GroupId, o.DfeNumber, o.Urn })
                .ToListAsync(cancellationToken);
        if (teams.Count == 0 && overridden.Count == 0 && groups.Count == 0)
        {
            return [];
        }

        return [new OrganisationsStepData
        {
            Teams = teams.Count == 0 ? null : [.. teams.Select(t => new TeamData { Id = t.Id, Name = t.Name })],
            Schools = overridden.Count == 0 ? null : [.. overridden.Select(SchoolExport)],
            Groups = groups.Count == 0 ? null : [.. groups
                .OrderBy(g => g.Kind.ToString(), StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal)
                .Select(g => new GroupData
                {
                    Name = g.Name,
                    Kind = g.Kind.ToString(),
                    Members = [.. memberships.Where(m => m.GroupId == g.Id)
                        .Select(m => m.DfeNumber ?? m.Urn?.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .OfType<string>().Order(StringComparer.Ordinal).Select(NumberOrText.Of)],
                })],
        }];
    }

    private static SchoolData SchoolExport(Organisation school) => school.AccountLimitOverride is { } limit
        ? new SchoolData { Urn = NumberOrText.Of(school.Urn!.Value), Edition = (school.Edition ?? SchoolEdition.Lite).ToString(), AccountLimit = NumberOrText.Of(limit) }
        : new SchoolData { Urn = NumberOrText.Of(school.Urn!.Value), Edition = (school.Edition ?? SchoolEdition.Lite).ToString() };

    /// <summary>Schools in the portal and those the step brings, for resolving group members before anything is written.</summary>
    private async Task<SchoolReferences> ReferencesAsync(OrganisationsStep step, CancellationToken cancellationToken)
    {
        var references = await members.SchoolReferencesAsync(cancellationToken);
        foreach (var row in step.SchoolRows)
        {
            references.Add(Import.SchoolIds.For(row), row.Urn, row.DfeNumber, !row.IsClosed, DateTime.MaxValue);
        }

        return references;
    }

    private async Task PutTeamsAsync(IReadOnlyList<TeamItem> teams, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var team in teams)
        {
            var existing = await db.Set<Organisation>().FirstOrDefaultAsync(o => o.Id == team.Id, cancellationToken);
            if (existing is null)
            {
                db.Set<Organisation>().Add(new Organisation { Id = team.Id, Kind = OrganisationKind.LaTeam, Name = team.Name, CreatedUtc = now, UpdatedUtc = now });
            }
            else if (existing.Name != team.Name)
            {
                existing.Name = team.Name;
                existing.UpdatedUtc = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task PutEditionsAsync(IReadOnlyList<SchoolItem> schools, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var item in schools.Where(s => s.Edition is not null || s.SetsLimit))
        {
            var school = await db.Set<Organisation>().FirstAsync(o => o.Urn == item.Urn, cancellationToken);
            var edition = item.Edition ?? school.Edition;
            var limit = item.SetsLimit ? item.AccountLimit : school.AccountLimitOverride;
            if (school.Edition != edition || school.AccountLimitOverride != limit)
            {
                school.Edition = edition;
                school.AccountLimitOverride = limit;
                school.UpdatedUtc = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task PutGroupsAsync(IReadOnlyList<GroupItem> groups, DateTime now, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return;
        }

        var references = await members.SchoolReferencesAsync(cancellationToken);
        foreach (var item in groups)
        {
            var group = await db.Set<OrganisationGroup>().FirstOrDefaultAsync(g => g.Kind == item.Kind && g.Name == item.Name, cancellationToken);
            if (group is null)
            {
                group = new OrganisationGroup { Name = item.Name, Kind = item.Kind, CreatedUtc = now };
                db.Set<OrganisationGroup>().Add(group);
                await db.SaveChangesAsync(cancellationToken);
            }

            var wanted = item.Members.Select(references.Resolve).OfType<string>().ToHashSet(StringComparer.Ordinal);
            await GroupMemberships.SetAsync(db, group.Id, wanted, cancellationToken);
        }
    }
}
