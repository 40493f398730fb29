using System.Globalization;

namespace Perspective.Theme.TagHelpers;

/// <summary>The boxes of a GOV.UK date input.</summary>
[Flags]
public enum DatePart
{
    None = 0,
    Day = 1,
    Month = 2,
    Year = 4,
    All = Day | Month | Year,
}

/// <summary>
/// The day, month and year boxes of a GOV.UK date input as typed, posted as <c>Name.Day</c>,
/// <c>Name.Month</c> and <c>Name.Year</c>. Knows which boxes a problem is about, so the parser that
/// words the message and <see cref="DateInputTagHelper"/> that marks the boxes agree.
/// </summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsBlank => Missing == DatePart.All;

    /// <summary>The boxes left empty.</summary>
    public DatePart Missing =>
        (Blank(Day) ? DatePart.Day : DatePart.None) | (Blank(Month) ? DatePart.Month : DatePart.None) | (Blank(Year) ? DatePart.Year : DatePart.None);

    /// <summary>
    /// The boxes to mark when the date has a problem, as GOV.UK asks: the empty ones when some are
    /// filled in, else the year when it is not 4 characters, else the whole date.
    /// </summary>
    public DatePart WrongParts => Missing switch
    {
        DatePart.None => Year!.Trim().Length == 4 ? DatePart.All : DatePart.Year,
        DatePart.All => DatePart.All,
        var missing => missing,
    };

    public static DateParts Of(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The id of one box of the date input for the field with this id: <c>{id}-day</c>,
    /// <c>{id}-month</c> or <c>{id}-year</c>. A problem is added to model state under the id of its
    /// first wrong box (<see cref="ErrorKey"/>) so the error summary links to that box.
    /// </summary>
    public static string InputId(string fieldId, DatePart part) => part switch
    {
        DatePart.Day => $"{fieldId}-day",
        DatePart.Month => $"{fieldId}-month",
        DatePart.Year => $"{fieldId}-year",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "One box only"),
    };

    /// <summary>The model state key for a problem with this date: the id of its first wrong box.</summary>
    public string ErrorKey(string fieldId)
    {
        var wrong = WrongParts;
        var first = wrong.HasFlag(DatePart.Day) ? DatePart.Day : wrong.HasFlag(DatePart.Month) ? DatePart.Month : DatePart.Year;
        return InputId(fieldId, first);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
