using Perspective.Documents.Pages.Send;

namespace Perspective.Tests.Modules.Documents.Sending.Pages;

public sealed class ExpiryDateTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Parse_NothingEntered_IsNoExpiry() =>
        Assert.Equal(new ExpiryDate(null, null, null), ExpiryDate.Parse(" ", "", null, Now));

    [Fact]
    public void Parse_AWinterDate_ExpiresAtMidnightGmt() =>
        Assert.Equal(new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc), ExpiryDate.Parse("1", "12", "2026", Now).ExpiresUtc);

    [Fact]
    public void Parse_ASummerDate_ExpiresAtMidnightBst() =>
        Assert.Equal(new DateTime(2027, 7, 1, 23, 0, 0, DateTimeKind.Utc), ExpiryDate.Parse("01", "07", "2027", Now).ExpiresUtc);

    [Theory]
    [InlineData("29", "11", "2026", "ExpiryDay", "Expiry date must be in the future")]
    [InlineData("29", "2", "2027", "ExpiryDay", "Expiry date must be a real date")]
    [InlineData("0", "2", "2027", "ExpiryDay", "Expiry date must be a real date")]
    [InlineData("1", "13", "2027", "ExpiryDay", "Expiry date must be a real date")]
    [InlineData("1", "1", "99999", "ExpiryYear", "Year must include 4 numbers")]
    [InlineData("1", "1", "9999", "ExpiryDay", "Expiry date must be a real date")]
    [InlineData("", "1", "", "ExpiryDay", "Expiry date must include a day and year")]
    [InlineData("1", "1", "", "ExpiryYear", "Expiry date must include a year")]
    public void Parse_AWrongDate_GivesTheGovUkMessage(string day, string month, string year, string field, string message) =>
        Assert.Equal(new ExpiryDate(null, field, message), ExpiryDate.Parse(day, month, year, Now));
}
