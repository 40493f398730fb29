using System.Globalization;

namespace Perspective.Documents.Dates;

/// <summary>Dates typed in one box, as the lists' date filters take them (a date input has three boxes: <see cref="Perspective.Theme.TagHelpers.GovUkDate"/>).</summary>
public static class UkDates
{
    private static readonly string[] Formats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d M yyyy"];

    /// <summary>A date typed in one box, such as <c>27/3/2026</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A date as a single box shows it.</summary>
    public static string Show(DateOnly date) => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture);
}
