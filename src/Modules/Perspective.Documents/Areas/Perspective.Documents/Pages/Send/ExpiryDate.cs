using System.Globalization;
using Perspective.Core.Time;

namespace Perspective.Documents.Pages.Send;

/// <summary>
/// The optional expiry date as typed into a GOV.UK date input, with GOV.UK's standard messages.
/// A document expires at the end of its expiry date in UK time, so it can be opened all that day.
/// </summary>
/// <param name="ExpiresUtc">The moment recipients lose access, or null when no date was given or it is wrong.</param>
/// <param name="Field">The input the problem belongs to: the first one that is missing or wrong.</param>
public sealed record ExpiryDate(DateTime? ExpiresUtc, string? Field, string? Problem)
{
    public const string Day = "ExpiryDay";
    public const string Month = "ExpiryMonth";
    public const string Year = "ExpiryYear";

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static ExpiryDate Parse(string? day, string? month, string? year, DateTime nowUtc)
    {
        var parts = new[] { (Day, "day", day?.Trim() ?? ""), (Month, "month", month?.Trim() ?? ""), (Year, "year", year?.Trim() ?? "") };
        var missing = parts.Where(p => p.Item3.Length == 0).ToList();
        if (missing.Count == 3)
        {
            return new ExpiryDate(null, null, null);
        }

        if (missing.Count > 0)
        {
            return new ExpiryDate(null, missing[0].Item1, $"Expiry date must include a {string.Join(" and ", missing.Select(p => p.Item2))}");
        }

        if (!Number(parts[0].Item3, out var d) || !Number(parts[1].Item3, out var m) || !Number(parts[2].Item3, out var y))
        {
            return new ExpiryDate(null, Day, "Expiry date must be a real date");
        }

        if (parts[2].Item3.Length != 4)
        {
            return new ExpiryDate(null, Year, "Year must include 4 numbers");
        }

        if (y > 9998 || m is < 1 or > 12 || d > DateTime.DaysInMonth(y, m))
        {
            return new ExpiryDate(null, Day, "Expiry date must be a real date");
        }

        var date = new DateOnly(y, m, d);
        var today = DateOnly.FromDateTime(UkTime.FromUtc(nowUtc));
        if (date <= today)
        {
            return new ExpiryDate(null, Day, "Expiry date must be in the future");
        }

        // The start of the next day in London, as UTC: GMT or BST as that day has it.
        var endOfDay = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new ExpiryDate(TimeZoneInfo.ConvertTimeToUtc(endOfDay, London), null, null);
    }

    private static bool Number(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
