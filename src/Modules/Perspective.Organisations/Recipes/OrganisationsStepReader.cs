using System.Globalization;
using Perspective.Core.Organisations;
using Perspective.Core.Recipes;
using Perspective.Organisations.Data;
using Perspective.Organisations.Import;
using Perspective.Organisations.References;

namespace Perspective.Organisations.Recipes;

/// <summary>
/// Checks the <c>organisations</c> step's data, reporting every problem with the item it is in.
/// Each part (<c>teams</c>, <c>giasFile</c>, <c>schools</c>, <c>groups</c>) is optional.
/// </summary>
internal static class OrganisationsStepReader
{
    public static OrganisationsStep Read(OrganisationsStepData data, IRecipeFiles files, Action<string> report)
    {
        var teams = ReadTeams(data.Teams ?? [], report);
        var gias = ReadGiasFile(data.GiasFile, files, report);
        var schools = ReadSchools(data.Schools ?? [], gias, report);
        var groups = ReadGroups(data.Groups ?? [], report);
        return new OrganisationsStep(teams, gias, schools, groups);
    }

    private static List<TeamItem> ReadTeams(IReadOnlyList<TeamData> given, Action<string> report)
    {
        var teams = new List<TeamItem>();
        foreach (var (item, position) in given.Select((item, i) => (item, i + 1)))
        {
            var id = item.Id.Trim();
            var name = item.Name.Trim();
            if (id.Length == 0 || name.Length == 0)
            {
                report($"Team {position} must be an object with an 'id' and a 'name'.");
            }
            else if (!OrganisationIds.IsWellFormedTeamId(id))
            {
                report($"Team '{id}': the id must be 'team-' then lower-case letters, digits and single hyphens, 64 characters at most.");
            }
            else if (name.Length > 200)
            {
                report($"Team '{id}': the name must be 200 characters or fewer.");
            }
            else if (teams.Any(t => t.Id == id))
            {
                report($"Team '{id}' is given twice.");
            }
            else
            {
                teams.Add(new TeamItem(id, name));
            }
        }

        return teams;
    }

    private static List<GiasRow> ReadGiasFile(string? given, IRecipeFiles files, Action<string> report)
    {
        if (given is null)
        {
            return [];
        }

        if (given.Trim() is not { Length: > 0 } path)
        {
            report("'giasFile' must be the path of a CSV file beside the recipe.");
            return [];
        }

        GiasReadResult read;
        try
        {
            if (!files.Exists(path))
            {
                report($"The GIAS file '{path}' is not beside the recipe.");
                return [];
            }

            using var stream = files.Open(path);
            read = GiasCsvReader.Read(stream);
        }
        catch (ArgumentException exception)
        {
            report($"The GIAS file '{path}' cannot be read: {exception.Message}");
            return [];
        }

        if (read.FileError is not null)
        {
            report($"GIAS file '{path}': {read.FileError}.");
        }

        foreach (var error in read.Errors)
        {
            report($"GIAS file '{path}' line {error.Line}: {error.Message}.");
        }

        return [.. read.Rows];
    }

    private static List<SchoolItem> ReadSchools(IReadOnlyList<SchoolData> given, IReadOnlyList<GiasRow> gias, Action<string> report)
    {
        var schools = new List<SchoolItem>();
        var inFile = gias.Select(r => r.Urn).ToHashSet();
        foreach (var (item, position) in given.Select((item, i) => (item, i + 1)))
        {
            if (DfeNumbers.ParseUrn(item.Urn.Text) is not { } urn)
            {
                report($"School {position} must be an object with a 6-digit 'urn'.");
                continue;
            }

            var label = $"School {position} (URN {urn.ToString(CultureInfo.InvariantCulture)})";
            var problems = new List<string>();
            var details = item.Name is not null || item.LaCode is not null || item.EstablishmentNumber is not null
                ? Details(item, urn, position, problems)
                : null;
            if (details is not null && inFile.Contains(urn))
            {
                problems.Add("is also in the GIAS file; give only its 'edition' and 'accountLimit'");
            }

            SchoolEdition? edition = null;
            if (item.Edition is not null)
            {
                edition = item.Edition.Trim() switch
                {
                    "Lite" => SchoolEdition.Lite,
                    "Full" => SchoolEdition.Full,
                    _ => null,
                };
                if (edition is null)
                {
                    problems.Add("'edition' must be Lite or Full");
                }
            }

            int? limit = null;
            if (item.AccountLimit is { } givenLimit)
            {
                limit = int.TryParse(givenLimit.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    && parsed is >= OrganisationSettingKeys.MinAccountLimit and <= OrganisationSettingKeys.MaxAccountLimit ? parsed : null;
                if (limit is null)
                {
                    problems.Add("'accountLimit' must be a whole number from 1 to 100, or null");
                }
            }

            if (schools.Any(s => s.Urn == urn))
            {
                problems.Add("is given twice");
            }

            foreach (var problem in problems)
            {
                report(problem.StartsWith('\'') ? $"{label}: {problem}." : $"{label} {problem}.");
            }

            if (problems.Count == 0)
            {
                schools.Add(new SchoolItem(label, urn, details, edition, item.SetsAccountLimit, limit));
            }
        }

        return schools;
    }

    /// <summary>A school given in full, as a GIAS row without attributes, so the stored ones are left alone.</summary>
    private static GiasRow? Details(SchoolData item, int urn, int position, List<string> problems)
    {
        var laCode = item.LaCode?.Text;
        var establishmentNumber = item.EstablishmentNumber?.Text;
        var name = item.Name?.Trim();
        if (laCode is not { Length: 3 } || !laCode.All(char.IsAsciiDigit))
        {
            problems.Add("'laCode' must be 3 digits");
        }

        if (establishmentNumber is not { Length: 4 } || !establishmentNumber.All(char.IsAsciiDigit))
        {
            problems.Add("'establishmentNumber' must be 4 digits");
        }

        if (name is not { Length: > 0 and <= 200 })
        {
            problems.Add("'name' must be given, 200 characters or fewer");
        }

        foreach (var (field, value, max) in new[] { ("laName", item.LaName, 200), ("type", item.Type, 200), ("phase", item.Phase, 100), ("status", item.Status, 100), ("postcode", item.Postcode, 16) })
        {
            if (value?.Trim() is { } text && text.Length > max)
            {
                problems.Add($"'{field}' must be {max} characters or fewer");
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        static string? Optional(string? value) => value?.Trim() is { Length: > 0 } text ? text : null;
        return new GiasRow(
            position, urn, laCode!, Optional(item.LaName), establishmentNumber!, name!, Optional(item.Type), Optional(item.Phase),
            Optional(item.Status) ?? "Open", Optional(item.Postcode), HeadFirstName: null, HeadLastName: null, Attributes: null);
    }

    private static List<GroupItem> ReadGroups(IReadOnlyList<GroupData> given, Action<string> report)
    {
        var groups = new List<GroupItem>();
        foreach (var (item, position) in given.Select((item, i) => (item, i + 1)))
        {
            if (item.Name.Trim() is not { Length: > 0 and <= 200 } name)
            {
                report($"Group {position} must be an object with a 'name' of 200 characters or fewer.");
                continue;
            }

            GroupKind? kind = item.Kind.Trim() switch
            {
                "Cluster" => GroupKind.Cluster,
                "Custom" => GroupKind.Custom,
                _ => null,
            };
            if (kind is null)
            {
                report($"Group '{name}': 'kind' must be Cluster or Custom (phase groups follow GIAS).");
                continue;
            }

            if (groups.Any(g => g.Kind == kind && g.Name == name))
            {
                report($"Group '{name}' is given twice.");
                continue;
            }

            groups.Add(new GroupItem(name, kind.Value, [.. item.Members.Select(m => m.Text.Trim())]));
        }

        return groups;
    }
}
