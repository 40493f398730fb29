using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;

namespace Perspective.Organisations.Import;

/// <summary>
/// Reads a GIAS establishment extract (CSV). Header names and values are trimmed; blank lines are
/// skipped; every column the portal has no place for is kept as an attribute. Rows are checked
/// one by one and reported by their line in the file, so an admin can find and fix them.
/// </summary>
public static partial class GiasCsvReader
{
    // GIAS downloads are Windows-1252; files saved from a spreadsheet are usually UTF-8.
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static GiasReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        string text;
        using (var memory = new MemoryStream())
        {
            stream.CopyTo(memory);
            text = Decode(memory.ToArray());
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return GiasReadResult.Refused("The selected file must be a CSV file");
        }

        return ReadText(text);
    }

    private static GiasReadResult ReadText(string text)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
        };
        using var csv = CsvReader.Create(new StringReader(text), options, leaveOpen: false);
        var header = csv.Headers.Select(h => h.Trim()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            return GiasReadResult.Refused("The selected file is empty");
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i], i);
        }

        var missing = GiasColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return GiasReadResult.Refused(
                $"The file is missing {(missing.Count == 1 ? "the column" : "the columns")} {string.Join(", ", missing.Select(c => $"'{c}'"))}. Download the establishment fields from Get Information About Schools with their names unchanged");
        }

        var rows = new List<GiasRow>();
        var errors = new List<GiasRowError>();
        var seen = new Dictionary<int, int>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var record = new string[csv.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = csv.GetString(i).Trim();
            }

            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (record.Length > header.Length && record.Skip(header.Length).Any(v => v.Length > 0))
            {
                errors.Add(new(line, $"it has {record.Length} values but the header has {header.Length} columns. Put any value with a comma in double quotes"));
                continue;
            }

            var row = ReadRow(line, header, columns, record, errors);
            if (row is null)
            {
                continue;
            }

            if (seen.TryGetValue(row.Urn, out var first))
            {
                errors.Add(new(line, $"URN {row.Urn} is also on line {first}"));
                continue;
            }

            seen[row.Urn] = line;
            rows.Add(row);
        }

        return new GiasReadResult(null, rows, errors);
    }

    private static GiasRow? ReadRow(int line, string[] header, Dictionary<string, int> columns, string[] record, List<GiasRowError> errors)
    {
        string? Value(string column) =>
            columns[column] < record.Length && record[columns[column]].Trim() is { Length: > 0 } value ? value : null;

        var problems = new List<string>();
        var urn = Value(GiasColumns.Urn);
        if (urn is null || !SixDigits().IsMatch(urn))
        {
            problems.Add(urn is null ? "URN is missing" : $"URN '{urn}' must be 6 digits");
        }

        var laCode = Value(GiasColumns.LaCode);
        if (laCode is null || !ThreeDigits().IsMatch(laCode))
        {
            problems.Add(laCode is null ? "LA (code) is missing" : $"LA (code) '{laCode}' must be 3 digits");
        }

        var establishmentNumber = Value(GiasColumns.EstablishmentNumber);
        if (establishmentNumber is null || !FourDigits().IsMatch(establishmentNumber))
        {
            problems.Add(establishmentNumber is null ? "EstablishmentNumber is missing" : $"EstablishmentNumber '{establishmentNumber}' must be 4 digits");
        }

        var name = Value(GiasColumns.Name);
        if (name is null)
        {
            problems.Add("EstablishmentName is missing");
        }

        foreach (var (column, max) in Lengths)
        {
            if (Value(column) is { } value && value.Length > max)
            {
                problems.Add($"{column} must be {max} characters or fewer");
            }
        }

        if (problems.Count > 0)
        {
            errors.Add(new(line, string.Join("; ", problems)));
            return null;
        }

        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length > 0 && columns[header[i]] == i && !GiasColumns.Required.Contains(header[i], StringComparer.OrdinalIgnoreCase))
            {
                attributes[header[i]] = i < record.Length ? record[i].Trim() : "";
            }
        }

        return new GiasRow(
            line,
            int.Parse(urn!, CultureInfo.InvariantCulture),
            laCode!,
            Value(GiasColumns.LaName),
            establishmentNumber!,
            name!,
            Value(GiasColumns.Type),
            Value(GiasColumns.Phase),
            Value(GiasColumns.Status),
            Value(GiasColumns.Postcode),
            Value(GiasColumns.HeadFirstName),
            Value(GiasColumns.HeadLastName),
            attributes);
    }

    /// <summary>The portal's column sizes, so a long value is reported rather than failing the import.</summary>
    private static readonly (string Column, int Max)[] Lengths =
    [
        (GiasColumns.Name, 200), (GiasColumns.LaName, 200), (GiasColumns.Type, 200), (GiasColumns.Phase, 100),
        (GiasColumns.Status, 100), (GiasColumns.Postcode, 16), (GiasColumns.HeadFirstName, 100), (GiasColumns.HeadLastName, 100),
    ];

    /// <summary>UTF-8 (a byte order mark is dropped); when the bytes are not UTF-8, Windows-1252 as GIAS writes it.</summary>
    private static string Decode(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        }
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex ThreeDigits();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex FourDigits();
}
