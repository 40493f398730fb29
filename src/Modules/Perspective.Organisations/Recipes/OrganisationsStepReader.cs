using System.Globalization;
using System.Text.Json.Nodes;
using Perspective.Core.Organisations;
using Perspective.Core.Recipes;
using Perspective.Organisations.Data;
using Perspective.Organisations.Import;
using Perspective.Organisations.References;
using static Perspective.Organisations.Recipes.RecipeJson;

namespace Perspective.Organisations.Recipes;

/// <summary>
/// Reads the <c>organisations</c> step, reporting every problem with the item it is in. Each part
/// (<c>teams</c>, <c>giasFile</c>, <c>schools</c>, <c>groups</c>) is optional.
/// </summary>
internal static class OrganisationsStepReader
{
    public static OrganisationsStep Read(RecipeStepContext context, Action<string> report)
    {
        var teams = ReadTeams(context.Data, report);
        var gias = ReadGiasFile(context, report);
        var schools = ReadSchools(context.Data, gias, report);
        var groups = ReadGroups(context.Data, report);
        return new OrganisationsStep(teams, gias, schools, groups);
    }

    private static List<TeamItem> ReadTeams(JsonObject data, Action<string> report)
    {
        var teams = new List<TeamItem>();
        foreach (var (item, position) in Items(data, "teams", "teams", report))
        {
            if (Text(item, "id") is not { Length: > 0 } id || Text(item, "name") is not { Length: > 0 } name)
            {
                report($"Team {position} must be an object with an 'id' and a 'name'.");
                continue;
            }

            if (!OrganisationIds.IsWellFormedTeamId(id))
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

    private static List<GiasRow> ReadGiasFile(RecipeStepContext context, Action<string> report)
    {
        if (!Has(context.Data, "giasFile"))
        {
            return [];
        }

        if (Text(context.Data, "giasFile") is not { Length: > 0 } path)
        {
            report("'giasFile' must be the path of a CSV file beside the recipe.");
            return [];
        }

        GiasReadResult read;
        try
        {
            if (!context.Files.Exists(path))
            {
                report($"The GIAS file '{path}' is not beside the recipe.");
                return [];
            }

            using var stream = context.Files.Open(path);
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

    private static List<SchoolItem> ReadSchools(JsonObject data, IReadOnlyList<GiasRow> gias, Action<string> report)
    {
        var schools = new List<SchoolItem>();
        var inFile = gias.Select(r => r.Urn).ToHashSet();
        foreach (var (item, position) in Items(data, "schools", "schools", report))
        {
            if (DfeNumbers.ParseUrn(NumberText(item, "urn")) is not { } urn)
            {
                report($"School {position} must be an object with a 6-digit 'urn'.");
                continue;
            }

            var label = $"School {position} (URN {urn.ToString(CultureInfo.InvariantCulture)})";
            var problems = new List<string>();
            var details = Has(item, "name") || Has(item, "laCode") || Has(item, "establishmentNumber")
                ? Details(item, urn, position, problems)
                : null;
            if (details is not null && inFile.Contains(urn))
            {
                problems.Add("is also in the GIAS file; give only its 'edition' and 'accountLimit'");
            }

            SchoolEdition? edition = null;
            if (Has(item, "edition"))
            {
                edition = Text(item, "edition") switch
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
            if (Has(item, "accountLimit") && !IsNull(item, "accountLimit"))
            {
                limit = int.TryParse(NumberText(item, "accountLimit"), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
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
                schools.Add(new SchoolItem(label, urn, details, edition, Has(item, "accountLimit"), limit));
            }
        }

        return schools;
    }

    /// <summary>A school given in full, as a GIAS row without attributes, so the stored ones are left alone.</summary>
    private static GiasRow? Details(JsonObject item, int urn, int position, List<string> problems)
    {
        var laCode = NumberText(item, "laCode");
        var establishmentNumber = NumberText(item, "establishmentNumber");
        var name = Text(item, "name");
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

        foreach (var (field, max) in new[] { ("laName", 200), ("type", 200), ("phase", 100), ("status", 100), ("postcode", 16) })
        {
            if (Text(item, field) is { } value && value.Length > max)
            {
                problems.Add($"'{field}' must be {max} characters or fewer");
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        string? Optional(string field) => Text(item, field) is { Length: > 0 } value ? value : null;
        return new GiasRow(
            position, urn, laCode!, Optional("laName"), establishmentNumber!, name!, Optional("type"), Optional("phase"),
            Optional("status") ?? "Open", Optional("postcode"), HeadFirstName: null, HeadLastName: null, Attributes: null);
    }

    private static List<GroupItem> ReadGroups(JsonObject data, Action<string> report)
    {
        var groups = new List<GroupItem>();
        foreach (var (item, position) in Items(data, "groups", "groups", report))
        {
            if (Text(item, "name") is not { Length: > 0 and <= 200 } name)
            {
                report($"Group {position} must be an object with a 'name' of 200 characters or fewer.");
                continue;
            }

            GroupKind? kind = Text(item, "kind") switch
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

            var members = new List<string>();
            if (Has(item, "members"))
            {
                if (item["members"] is not JsonArray array || array.Any(m => m is not JsonValue))
                {
                    report($"Group '{name}': 'members' must be an array of URNs or DfE numbers.");
                    continue;
                }

                members.AddRange(array.Select(m => m is JsonValue value ? (value.TryGetValue<string>(out var text) ? text : value.ToJsonString()) : "").Select(m => m.Trim()));
            }

            groups.Add(new GroupItem(name, kind.Value, members));
        }

        return groups;
    }

    /// <summary>The objects of an optional array property, with their 1-based positions; anything else there is reported.</summary>
    private static IEnumerable<(JsonObject Item, int Position)> Items(JsonObject data, string property, string what, Action<string> report)
    {
        if (!Has(data, property))
        {
            yield break;
        }

        if (data[property] is not JsonArray array)
        {
            report($"'{property}' must be an array of {what}.");
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item)
            {
                yield return (item, i + 1);
            }
            else
            {
                report($"{char.ToUpperInvariant(what[0])}{what[1..^1]} {i + 1} must be an object.");
            }
        }
    }
}
