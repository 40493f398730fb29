using System.Globalization;

namespace Perspective.Documents.Inbox;

/// <summary>Dates as people in the UK type them, and the UTC moment a UK day starts.</summary>
public static class UkDates
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly string[] Formats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d M yyyy"];

    /// <summary>A date typed in one box, such as <c>27/3/2026</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A date from the day, month and year boxes of a GOV.UK date input; false unless all three make a real date.</summary>
    public static bool TryFromParts(string? day, string? month, string? year, out DateOnly date)
    {
        date = default;
        return int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && year?.Trim() is { Length: 4 } y
            && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yy)
            && m is >= 1 and <= 12
            && d >= 1 && d <= DateTime.DaysInMonth(yy, m)
            && (date = new DateOnly(yy, m, d)) != default;
    }

    /// <summary>The UTC moment the UK day begins (midnight in London, in GMT or BST).</summary>
    public static DateTime StartUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London);

    /// <summary>Today's date in the UK at the given UTC moment.</summary>
    public static DateOnly Today(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London));

    /// <summary>The UK date of a UTC moment, as a single box shows it.</summary>
    public static string Show(DateOnly date) => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture);
}
