using System.Globalization;

namespace Perspective.Documents.Requests;

/// <summary>
/// A deadline is a day as people in England read it: files are due by the end of that day in UK
/// time (GMT or BST), so a school answering late in the evening of the deadline is not overdue.
/// </summary>
public static class Deadlines
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The last moment of the day in UK time, as UTC.</summary>
    public static DateTime EndOfUkDay(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, London);
    }

    /// <summary>Today's date in the UK.</summary>
    public static DateOnly UkToday(DateTime nowUtc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), London));

    /// <summary>
    /// The day from a GOV.UK date input, or the GOV.UK error message for it. The deadline must be
    /// after today and at most <paramref name="maxYearsAhead"/> years away.
    /// </summary>
    public static (DateOnly? Day, string? Problem) Parse(string? day, string? month, string? year, DateTime nowUtc, int maxYearsAhead = 5)
    {
        var parts = new[] { (day, "day"), (month, "month"), (year, "year") };
        var missing = parts.Where(p => string.IsNullOrWhiteSpace(p.Item1)).Select(p => p.Item2).ToList();
        if (missing.Count == 3)
        {
            return (null, "Enter the deadline");
        }

        if (missing.Count > 0)
        {
            return (null, $"The deadline must include a {string.Join(" and ", missing)}");
        }

        if (!Number(day, out var d) || !Number(month, out var m) || !Number(year, out var y) || year!.Trim().Length != 4
            || m is < 1 or > 12 || d < 1 || y < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return (null, "The deadline must be a real date");
        }

        var date = new DateOnly(y, m, d);
        var today = UkToday(nowUtc);
        if (date <= today)
        {
            return (null, "The deadline must be in the future");
        }

        if (date > today.AddYears(maxYearsAhead))
        {
            return (null, $"The deadline must be within {maxYearsAhead} years");
        }

        return (date, null);
    }

    private static bool Number(string? text, out int number) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
