using System.Globalization;

namespace Perspective.Core.Time;

/// <summary>Times as people in England read them: UK time (GMT or BST), in the GOV.UK style "29 November 2026 at 9:05am".</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>The date in the UK at this UTC moment.</summary>
    public static DateOnly Today(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc));

    /// <summary>The UTC moment a UK day begins: midnight in London, in GMT or BST as that day has it.</summary>
    /// <summary>When a UK day ends (the start of the next one), as UTC: the exclusive end of "until the end of that day".</summary>
    public static DateTime EndOfDayUtc(DateOnly date) => StartOfDayUtc(date.AddDays(1));

    public static DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London);

    public static string DateAndTime(DateTime utc)
    {
        var local = FromUtc(utc);
        return $"{local.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} at {TimeOfDay(local)}";
    }

    public static string Date(DateTime utc) => FromUtc(utc).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string TimeOfDay(DateTime local)
    {
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var suffix = local.Hour < 12 ? "am" : "pm";
        return local.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{local.Minute:00}{suffix}";
    }
}
