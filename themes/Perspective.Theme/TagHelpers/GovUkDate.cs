using System.Globalization;

namespace Perspective.Theme.TagHelpers;

/// <summary>
/// A date typed into a GOV.UK date input, read with GOV.UK's messages: "Enter the deadline",
/// "The deadline must include a month", "Year must include 4 numbers", "The deadline must be a real
/// date", "The deadline must be in the future". A problem carries the model state key of its first
/// wrong box (<see cref="DateParts.ErrorKey"/>), where the error summary links and the date input
/// tag helper finds it.
/// </summary>
public sealed record GovUkDate(DateOnly? Date, string? ErrorKey, string? Problem)
{
    /// <summary>
    /// Reads the boxes of the date input whose id is <paramref name="fieldId"/>. <paramref name="subject"/>
    /// names the date in a message ("the deadline", "expiry date"); when <paramref name="after"/> is
    /// given the date must be later than it (today, for "in the future"). Nothing typed is no date
    /// and no problem when the date is optional.
    /// </summary>
    public static GovUkDate Read(DateParts parts, string fieldId, string subject, DateOnly? after = null, bool optional = false)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var named = char.ToUpperInvariant(subject[0]) + subject[1..];
        if (parts.IsBlank)
        {
            return optional ? new GovUkDate(null, null, null) : Refuse(parts, fieldId, $"Enter {subject}");
        }

        if (parts.Missing is not DatePart.None and var missing)
        {
            var names = new[] { (DatePart.Day, "day"), (DatePart.Month, "month"), (DatePart.Year, "year") }.Where(p => missing.HasFlag(p.Item1)).Select(p => p.Item2);
            return Refuse(parts, fieldId, $"{named} must include a {string.Join(" and ", names)}");
        }

        if (parts.Year!.Trim().Length != 4)
        {
            return Refuse(parts, fieldId, "Year must include 4 numbers");
        }

        if (Real(parts) is not { } date)
        {
            return Refuse(parts, fieldId, $"{named} must be a real date");
        }

        return after is { } earliest && date <= earliest
            ? Refuse(parts, fieldId, $"{named} must be in the future")
            : new GovUkDate(date, null, null);
    }

    /// <summary>A problem with a date that was read, such as one too far ahead: the whole date is wrong.</summary>
    public static GovUkDate Refuse(DateParts parts, string fieldId, string problem)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new GovUkDate(null, parts.ErrorKey(fieldId), problem);
    }

    /// <summary>
    /// The date when the three numbers make one. Year 9999 is left out: the day after it, where an
    /// end-of-day expiry falls, cannot be held.
    /// </summary>
    private static DateOnly? Real(DateParts parts) =>
        Number(parts.Day) is { } d && Number(parts.Month) is { } m && Number(parts.Year) is { } y
            && y is >= 1 and <= 9998 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    private static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
