using System.Globalization;
using Perspective.Core.Organisations;

namespace Perspective.Documents.Matching;

/// <summary>
/// Matches bulk-uploaded files to schools by the number their names start with: a 6-digit URN or
/// a 7-digit DfE number, followed by <c>_</c> or <c>-</c>. The number and its separator are removed
/// from the name the school sees; the rest of the name is kept as given.
/// </summary>
public static class BulkFileMatcher
{
    /// <param name="fileNames">The uploaded files' names, in upload order.</param>
    /// <param name="openSchools">The tenant's open schools, as <see cref="IOrganisationDirectory.OpenSchoolsAsync"/> returns them.</param>
    public static BulkMatchResult Match(IEnumerable<string> fileNames, IEnumerable<OrganisationInfo> openSchools)
    {
        ArgumentNullException.ThrowIfNull(fileNames);
        ArgumentNullException.ThrowIfNull(openSchools);
        var schools = SchoolNumbers.From(openSchools);
        var matched = new List<MatchedFile>();
        var unmatched = new List<UnmatchedFile>();
        foreach (var name in fileNames)
        {
            var outcome = MatchOne(name, schools);
            if (outcome.File is { } file)
            {
                matched.Add(file);
            }
            else
            {
                unmatched.Add(outcome.Unmatched!);
            }
        }

        // Two files for one school is usually a mistake in the batch; the sender decides which one goes.
        var bySchool = matched.GroupBy(m => m.School.Id, StringComparer.Ordinal).ToList();
        var duplicates = bySchool.Where(g => g.Count() > 1)
            .Select(g => new DuplicateFiles(g.First().School, [.. g]))
            .ToList();
        var single = bySchool.Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        return new BulkMatchResult(single, unmatched, duplicates);
    }

    private static (MatchedFile? File, UnmatchedFile? Unmatched) MatchOne(string name, SchoolNumbers schools)
    {
        var digits = 0;
        while (digits < name.Length && char.IsAsciiDigit(name[digits]))
        {
            digits++;
        }

        if (digits is not (6 or 7))
        {
            return Refuse(name, UnmatchedReason.NoNumber,
                "The file name does not start with a 6-digit URN or a 7-digit DfE number");
        }

        if (digits == name.Length || name[digits] is not ('_' or '-'))
        {
            return Refuse(name, UnmatchedReason.NoSeparator,
                "The number at the start of the file name must be followed by _ or -");
        }

        var number = name[..digits];
        var school = digits == 6 ? schools.ByUrn(number) : schools.ByDfeNumber(number);
        if (school is null)
        {
            var kind = digits == 6 ? "URN" : "DfE number";
            return Refuse(name, UnmatchedReason.UnknownNumber, $"No open school has the {kind} {number}");
        }

        var shown = name[(digits + 1)..];
        // "123456_.pdf" leaves only an extension: the school would see a file with no name.
        var lastDot = shown.LastIndexOf('.');
        if (string.IsNullOrWhiteSpace(lastDot >= 0 ? shown[..lastDot] : shown))
        {
            return Refuse(name, UnmatchedReason.NothingLeft, "Nothing is left of the file name after the number");
        }

        return (new MatchedFile(school, name, shown), null);
    }

    private static (MatchedFile?, UnmatchedFile?) Refuse(string name, UnmatchedReason reason, string message) =>
        (null, new UnmatchedFile(name, reason, message));

    private sealed class SchoolNumbers
    {
        private readonly Dictionary<string, OrganisationInfo> urns = new(StringComparer.Ordinal);
        private readonly Dictionary<string, OrganisationInfo> dfeNumbers = new(StringComparer.Ordinal);

        public static SchoolNumbers From(IEnumerable<OrganisationInfo> openSchools)
        {
            var numbers = new SchoolNumbers();
            // The caller passes open schools; filtering again means a closed school's number can
            // never receive a letter even if a caller passes every organisation.
            foreach (var school in openSchools.Where(o => o.IsSchool && o.IsOpen))
            {
                if (school.Urn is { } urn)
                {
                    numbers.urns.TryAdd(urn.ToString("D6", CultureInfo.InvariantCulture), school);
                }

                if (school.DfeNumber is { Length: 7 } dfe)
                {
                    numbers.dfeNumbers.TryAdd(dfe, school);
                }
            }

            return numbers;
        }

        public OrganisationInfo? ByUrn(string urn) => urns.GetValueOrDefault(urn);

        public OrganisationInfo? ByDfeNumber(string dfeNumber) => dfeNumbers.GetValueOrDefault(dfeNumber);
    }
}
