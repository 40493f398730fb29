namespace Perspective.Documents.Inbox;

/// <summary>The day, month and year boxes of a GOV.UK date input, as typed.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts Of(DateOnly date) => new()
    {
        Day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Month = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The GOV.UK message for what is missing or wrong, or null with the date when it is a real date.</summary>
    public string? Problem(string what, out DateOnly date)
    {
        date = default;
        if (IsBlank)
        {
            return $"Enter the {what}";
        }

        var missing = new[] { (Day, "day"), (Month, "month"), (Year, "year") }.Where(p => string.IsNullOrWhiteSpace(p.Item1)).Select(p => p.Item2).ToList();
        if (missing.Count > 0)
        {
            return $"The {what} must include a {string.Join(" and ", missing)}";
        }

        if (Year?.Trim().Length != 4)
        {
            return $"The year of the {what} must include 4 numbers";
        }

        return UkDates.TryFromParts(Day, Month, Year, out date) ? null : $"The {what} must be a real date";
    }
}
