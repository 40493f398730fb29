using System.Text.Json;
using Perspective.Organisations.Data;

namespace Perspective.Organisations.Import;

/// <summary>The GIAS fields a school keeps: comparing them with a row, and copying a row onto a school.</summary>
public static class SchoolFields
{
    public const string OtherDetails = "Other GIAS details";

    /// <summary>The names (as people read them) of the fields a row would change.</summary>
    public static IReadOnlyList<string> Differences(Organisation school, GiasRow row)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(row);
        var fields = new List<string>();
        void Compare(string field, string? current, string? next)
        {
            if (!string.Equals(current ?? "", next ?? "", StringComparison.Ordinal))
            {
                fields.Add(field);
            }
        }

        Compare("Name", school.Name, row.Name);
        Compare("LA code", school.LaCode, row.LaCode);
        Compare("LA name", school.LaName, row.LaName);
        Compare("Establishment number", school.EstablishmentNumber, row.EstablishmentNumber);
        Compare("Type", school.TypeOfEstablishment, row.Type);
        Compare("Phase", school.Phase, row.Phase);
        Compare("GIAS status", school.GiasStatus, row.Status);
        Compare("Postcode", school.Postcode, row.Postcode);
        Compare("Headteacher", $"{school.HeadFirstName} {school.HeadLastName}", $"{row.HeadFirstName} {row.HeadLastName}");
        if (row.Attributes is not null)
        {
            Compare(OtherDetails, school.AttributesJson, AttributesJson(row));
        }

        return fields;
    }

    /// <summary>Copies the row's fields onto the school; its attributes only when the row has some.</summary>
    public static void CopyTo(GiasRow row, Organisation school)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(school);
        school.Name = row.Name;
        school.LaCode = row.LaCode;
        school.LaName = row.LaName;
        school.EstablishmentNumber = row.EstablishmentNumber;
        school.DfeNumber = row.DfeNumber;
        school.TypeOfEstablishment = row.Type;
        school.Phase = row.Phase;
        school.GiasStatus = row.Status;
        school.Postcode = row.Postcode;
        school.HeadFirstName = row.HeadFirstName;
        school.HeadLastName = row.HeadLastName;
        if (row.Attributes is not null)
        {
            school.AttributesJson = AttributesJson(row);
        }
    }

    /// <summary>The row's other columns as a JSON object, sorted by name so the same row always gives the same text.</summary>
    public static string? AttributesJson(GiasRow row) =>
        row.Attributes is null ? null : JsonSerializer.Serialize(new SortedDictionary<string, string>(row.Attributes.ToDictionary(), StringComparer.Ordinal));

    /// <summary>A school's stored attributes, in column order of name; empty when it has none.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Attributes(Organisation school)
    {
        ArgumentNullException.ThrowIfNull(school);
        if (string.IsNullOrEmpty(school.AttributesJson))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<SortedDictionary<string, string>>(school.AttributesJson)?.ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
