using Perspective.Core.Time;
using Perspective.Theme.TagHelpers;

namespace Perspective.Documents.Requests;

/// <summary>
/// A deadline is a day as people in England read it: files are due by the end of that day in UK
/// time (GMT or BST), so a school answering late in the evening of the deadline is not overdue.
/// </summary>
public static class Deadlines
{
    /// <summary>The last moment of the day in UK time, as UTC.</summary>
    public static DateTime EndOfUkDay(DateOnly day) => UkTime.EndOfDayUtc(day).AddSeconds(-1);

    /// <summary>
    /// The day from the deadline's date input, or its GOV.UK problem. The deadline must be after
    /// today and at most <paramref name="maxYearsAhead"/> years away.
    /// </summary>
    public static GovUkDate Read(DateParts parts, DateTime nowUtc, int maxYearsAhead = 5)
    {
        var today = UkTime.Today(nowUtc);
        var read = GovUkDate.Read(parts, FileRequestFields.Deadline, "the deadline", after: today);
        return read.Date is { } date && date > today.AddYears(maxYearsAhead)
            ? GovUkDate.Refuse(parts, FileRequestFields.Deadline, $"The deadline must be within {maxYearsAhead} years")
            : read;
    }
}
