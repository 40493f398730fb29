using System.Text.RegularExpressions;

namespace Perspective.Organisations.References;

/// <summary>
/// DfE numbers as people write them: the 3-digit LA code and 4-digit establishment number,
/// stored as 7 digits and shown <c>LLL/EEEE</c>.
/// </summary>
public static partial class DfeNumbers
{
    public static string Compose(string laCode, string establishmentNumber) => laCode + establishmentNumber;

    /// <summary><c>8882001</c> as <c>888/2001</c>; anything not 7 digits as given.</summary>
    public static string? Show(string? dfeNumber) =>
        dfeNumber is { Length: 7 } n ? $"{n[..3]}/{n[3..]}" : dfeNumber;

    /// <summary>The 7 digits of <c>8882001</c> or <c>888/2001</c> (spaces ignored), else null.</summary>
    public static string? Parse(string? text)
    {
        var compact = Compact(text);
        return compact is null ? null
            : SevenDigits().IsMatch(compact) ? compact
            : Slashed().Match(compact) is { Success: true } match ? match.Groups[1].Value + match.Groups[2].Value
            : null;
    }

    /// <summary>A 6-digit URN, spaces ignored, else null.</summary>
    public static int? ParseUrn(string? text) =>
        Compact(text) is { } compact && SixDigits().IsMatch(compact) ? int.Parse(compact, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The text with every space removed, or null when nothing is left.</summary>
    public static string? Compact(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();

    [GeneratedRegex("^[0-9]{7}$")]
    private static partial Regex SevenDigits();

    [GeneratedRegex("^([0-9]{3})/([0-9]{4})$")]
    private static partial Regex Slashed();
}
