using Perspective.Core.Time;
using Perspective.Theme.TagHelpers;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class GovUkDateTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void Read_NothingEnteredInAnOptionalDate_IsNoDateAndNoProblem() =>
        Assert.Equal(new GovUkDate(null, null, null), GovUkDate.Read(Parts(" ", "", null), "Expiry", "expiry date", Today, optional: true));

    [Fact]
    public void Read_NothingEnteredInARequiredDate_AsksForIt() =>
        Assert.Equal(new GovUkDate(null, "Deadline-day", "Enter the deadline"), GovUkDate.Read(Parts("", "", ""), "Deadline", "the deadline", Today));

    [Fact]
    public void Read_ARealFutureDate_IsThatDate() =>
        Assert.Equal(new GovUkDate(new DateOnly(2027, 7, 1), null, null), GovUkDate.Read(Parts(" 01", "07 ", "2027"), "Expiry", "expiry date", Today));

    [Theory]
    [InlineData("29", "11", "2026", "Expiry-day", "Expiry date must be in the future")]
    [InlineData("29", "2", "2027", "Expiry-day", "Expiry date must be a real date")]
    [InlineData("0", "2", "2027", "Expiry-day", "Expiry date must be a real date")]
    [InlineData("1", "13", "2027", "Expiry-day", "Expiry date must be a real date")]
    [InlineData("-1", "1", "2027", "Expiry-day", "Expiry date must be a real date")]
    [InlineData("x", "1", "2027", "Expiry-day", "Expiry date must be a real date")]
    [InlineData("1", "1", "99999", "Expiry-year", "Year must include 4 numbers")]
    [InlineData("1", "1", "27", "Expiry-year", "Year must include 4 numbers")]
    [InlineData("1", "1", "9999", "Expiry-day", "Expiry date must be a real date")]
    [InlineData("", "1", "", "Expiry-day", "Expiry date must include a day and year")]
    [InlineData("1", "", "2027", "Expiry-month", "Expiry date must include a month")]
    [InlineData("1", "1", "", "Expiry-year", "Expiry date must include a year")]
    public void Read_AWrongDate_GivesTheGovUkMessage_UnderItsFirstWrongBox(string day, string month, string year, string key, string message) =>
        Assert.Equal(new GovUkDate(null, key, message), GovUkDate.Read(Parts(day, month, year), "Expiry", "expiry date", Today));

    [Theory]
    [InlineData("1", "", "", DatePart.Month | DatePart.Year)]
    [InlineData("1", "1", "27", DatePart.Year)]
    [InlineData("31", "2", "2027", DatePart.All)]
    [InlineData("", "", "", DatePart.All)]
    public void WrongParts_AreTheEmptyBoxes_ElseAShortYear_ElseTheWholeDate(string day, string month, string year, DatePart expected) =>
        Assert.Equal(expected, Parts(day, month, year).WrongParts);

    [Fact]
    public void StartOfDayUtc_IsMidnightInLondon_InGmtAndInBst()
    {
        Assert.Equal(new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc), UkTime.StartOfDayUtc(new DateOnly(2026, 12, 2)));
        Assert.Equal(new DateTime(2027, 6, 30, 23, 0, 0, DateTimeKind.Utc), UkTime.StartOfDayUtc(new DateOnly(2027, 7, 1)));
        Assert.Equal(new DateOnly(2027, 7, 1), UkTime.Today(new DateTime(2027, 6, 30, 23, 30, 0, DateTimeKind.Utc)));
    }

    private static DateParts Parts(string? day, string? month, string? year) => new() { Day = day, Month = month, Year = year };
}
