using Perspective.Core.Organisations;
using Perspective.Organisations.Data;
using Perspective.Organisations.Import;

namespace Perspective.Organisations.Recipes;

/// <summary>The <c>organisations</c> step's data, read and checked on its own (without the database).</summary>
internal sealed record OrganisationsStep(
    IReadOnlyList<TeamItem> Teams,
    IReadOnlyList<GiasRow> GiasRows,
    IReadOnlyList<SchoolItem> Schools,
    IReadOnlyList<GroupItem> Groups)
{
    /// <summary>Every school row the step brings: the GIAS file's and the schools given in full.</summary>
    public IEnumerable<GiasRow> SchoolRows => GiasRows.Concat(Schools.Select(s => s.Details).OfType<GiasRow>());
}

internal sealed record TeamItem(string Id, string Name);

/// <summary>A school given in the step: in full (<see cref="Details"/>), or only its edition and account limit.</summary>
internal sealed record SchoolItem(string Label, int Urn, GiasRow? Details, SchoolEdition? Edition, bool SetsLimit, int? AccountLimit);

internal sealed record GroupItem(string Name, GroupKind Kind, IReadOnlyList<string> Members);
