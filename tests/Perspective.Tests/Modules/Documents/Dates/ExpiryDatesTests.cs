using Perspective.Documents.Dates;

namespace Perspective.Tests.Modules.Documents.Dates;

public sealed class ExpiryDatesTests
{
    [Theory]
    [InlineData(2027, 1, 15, "2027-01-16T00:00:00")] // GMT: midnight UK is midnight UTC
    [InlineData(2027, 6, 15, "2027-06-15T23:00:00")] // BST: midnight UK is 23:00 UTC the day before
    public void ALastDay_EndsAtTheStartOfTheNextUkDay(int year, int month, int day, string endsUtc)
    {
        var ends = ExpiryDates.EndsUtc(new DateOnly(year, month, day));

        Assert.Equal(DateTime.Parse(endsUtc, System.Globalization.CultureInfo.InvariantCulture), ends);
        Assert.Equal(new DateOnly(year, month, day), ExpiryDates.LastDay(ends));
    }

    [Fact]
    public void AnExpiry_IsShownAsTheLastDayRecipientsCanOpenIt()
    {
        Assert.Equal("Until the end of 15 June 2027", ExpiryDates.Shown(ExpiryDates.EndsUtc(new DateOnly(2027, 6, 15))));
    }
}
