using Perspective.Organisations.Data;

namespace Perspective.Organisations.Import;

/// <summary>
/// What an import would do to the portal's schools, worked out before anything is written, so an
/// admin can check it first. Schools the file leaves out are only listed: GIAS extracts are often
/// filtered, so absence is no proof that a school has closed.
/// </summary>
public sealed class ImportPlan
{
    private ImportPlan()
    {
    }

    public IReadOnlyList<GiasRow> NewSchools { get; private init; } = [];

    public IReadOnlyList<SchoolChange> ChangedSchools { get; private init; } = [];

    /// <summary>Open in the portal, Closed in GIAS: they will be marked closed.</summary>
    public IReadOnlyList<SchoolChange> ClosingSchools { get; private init; } = [];

    /// <summary>Closed in the portal, open again in GIAS.</summary>
    public IReadOnlyList<SchoolChange> ReopeningSchools { get; private init; } = [];

    /// <summary>Open schools in the portal that the file does not list; left as they are.</summary>
    public IReadOnlyList<Organisation> NotInFile { get; private init; } = [];

    /// <summary>Closed establishments the portal has never had; not added.</summary>
    public int ClosedNotAdded { get; private init; }

    /// <summary>Schools the file lists as they are; still kept in their phase groups.</summary>
    public IReadOnlyList<Organisation> UnchangedSchools { get; private init; } = [];

    public int Unchanged => UnchangedSchools.Count;

    public IReadOnlyList<GiasRowError> Errors { get; private init; } = [];

    public bool HasChanges => NewSchools.Count + ChangedSchools.Count + ClosingSchools.Count + ReopeningSchools.Count > 0;

    /// <summary>Compares the file's rows with the schools in the portal.</summary>
    public static ImportPlan Create(GiasReadResult file, IReadOnlyCollection<Organisation> schools, bool listNotInFile = true)
    {
        ArgumentNullException.ThrowIfNull(file);
        var byUrn = schools.Where(s => s.Urn is not null).ToDictionary(s => s.Urn!.Value);
        var newSchools = new List<GiasRow>();
        var changed = new List<SchoolChange>();
        var closing = new List<SchoolChange>();
        var reopening = new List<SchoolChange>();
        var closedNotAdded = 0;
        var unchanged = new List<Organisation>();
        foreach (var row in file.Rows)
        {
            if (!byUrn.TryGetValue(row.Urn, out var school))
            {
                if (row.IsClosed)
                {
                    closedNotAdded++;
                }
                else
                {
                    newSchools.Add(row);
                }

                continue;
            }

            var change = new SchoolChange(school, row, SchoolFields.Differences(school, row));
            if (row.IsClosed && school.IsOpen)
            {
                closing.Add(change);
            }
            else if (!row.IsClosed && !school.IsOpen)
            {
                reopening.Add(change);
            }
            else if (change.Fields.Count > 0)
            {
                changed.Add(change);
            }
            else
            {
                unchanged.Add(school);
            }
        }

        var listed = file.Rows.Select(r => r.Urn).ToHashSet();
        return new ImportPlan
        {
            NewSchools = newSchools,
            ChangedSchools = changed,
            ClosingSchools = closing,
            ReopeningSchools = reopening,
            NotInFile = listNotInFile
                ? schools.Where(s => s.IsOpen && s.Urn is { } urn && !listed.Contains(urn)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList()
                : [],
            ClosedNotAdded = closedNotAdded,
            UnchangedSchools = unchanged,
            Errors = file.Errors,
        };
    }
}

/// <summary>A school the import changes, with the names of the fields that differ.</summary>
public sealed record SchoolChange(Organisation School, GiasRow Row, IReadOnlyList<string> Fields);
