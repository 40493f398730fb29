using Perspective.Core.Time;

namespace Perspective.Documents.Dates;

/// <summary>
/// The one meaning of a document's expiry date wherever it is asked or shown: the last day
/// recipients can open it, until the end of that day in UK time. It is stored as the moment
/// access ends, the start of the next day.
/// </summary>
public static class ExpiryDates
{
    /// <summary>When access ends for a chosen last day.</summary>
    public static DateTime EndsUtc(DateOnly lastDay) => UkTime.EndOfDayUtc(lastDay);

    /// <summary>The last day recipients can open a document whose access ends at <paramref name="endsUtc"/>.</summary>
    public static DateOnly LastDay(DateTime endsUtc) => UkTime.Today(endsUtc.AddTicks(-1));

    /// <summary>As people read it: <c>Until the end of 29 April 2027</c>.</summary>
    public static string Shown(DateTime endsUtc) => "Until the end of " + UkTime.Date(UkTime.StartOfDayUtc(LastDay(endsUtc)));
}
