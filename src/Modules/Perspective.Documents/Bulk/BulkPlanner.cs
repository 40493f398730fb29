using Perspective.Core.Organisations;
using Perspective.Documents.Data;
using Perspective.Documents.Matching;
using Perspective.Files.Names;

namespace Perspective.Documents.Bulk;

/// <summary>
/// Works out where each file of a draft goes: a school chosen by hand wins, the rest are matched by
/// <see cref="BulkFileMatcher"/> from their names, then any school with two or more files is a duplicate.
/// </summary>
public sealed class BulkPlanner(IOrganisationDirectory organisations)
{
    public async Task<BulkPlan> PlanAsync(IReadOnlyList<StagedFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var openSchools = await organisations.OpenSchoolsAsync(cancellationToken);
        var byId = openSchools.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var planned = new List<PlannedFile>();
        var unmatched = new List<UnplannedFile>();

        foreach (var file in files.Where(f => f.OrganisationId is not null))
        {
            if (byId.TryGetValue(file.OrganisationId!, out var school))
            {
                planned.Add(new PlannedFile(file, school, file.ShownName ?? ShownNameByHand(file.FileName), ByHand: true));
            }
            else
            {
                unmatched.Add(new UnplannedFile(file, "The school chosen for this file is closed"));
            }
        }

        // The matcher works on names; files with the same name match alike, so any one of them may take each outcome.
        var byName = files.Where(f => f.OrganisationId is null)
            .GroupBy(f => f.FileName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<StagedFile>(g), StringComparer.Ordinal);
        var result = BulkFileMatcher.Match(files.Where(f => f.OrganisationId is null).Select(f => f.FileName), openSchools);
        foreach (var match in result.Matched.Concat(result.Duplicates.SelectMany(d => d.Files)))
        {
            planned.Add(new PlannedFile(byName[match.OriginalName].Dequeue(), match.School, SafeFileNames.Shown(match.ShownName), ByHand: false));
        }

        unmatched.AddRange(result.Unmatched.Select(u => new UnplannedFile(byName[u.OriginalName].Dequeue(), u.Message)));

        var order = files.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var groups = planned.OrderBy(p => order[p.File.Id]).GroupBy(p => p.School.Id, StringComparer.Ordinal).ToList();
        return new BulkPlan(
            [.. groups.Where(g => g.Count() == 1).Select(g => g.Single()).OrderBy(p => p.School.Name, StringComparer.OrdinalIgnoreCase)],
            [.. unmatched.OrderBy(u => order[u.File.Id])],
            [.. groups.Where(g => g.Count() > 1).Select(g => new DuplicatePlan(g.First().School, [.. g])).OrderBy(d => d.School.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>
    /// The name a school sees for a file matched by hand: a leading school number and its separator
    /// are removed too, as they may be another school's number or a mistyped one.
    /// </summary>
    public static string ShownNameByHand(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var digits = 0;
        while (digits < fileName.Length && char.IsAsciiDigit(fileName[digits]))
        {
            digits++;
        }

        var rest = digits is 6 or 7 && digits < fileName.Length && fileName[digits] is '_' or '-' ? fileName[(digits + 1)..] : fileName;
        var lastDot = rest.LastIndexOf('.');
        return string.IsNullOrWhiteSpace(lastDot >= 0 ? rest[..lastDot] : rest) ? fileName : SafeFileNames.Shown(rest);
    }
}
