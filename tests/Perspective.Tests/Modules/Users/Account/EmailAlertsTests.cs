using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.Account;

public sealed class EmailAlertsTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new();

    [Fact]
    public async Task ChoosingADailySummary_IsSavedForThatPerson_AndAudited()
    {
        var client = await SignedInAsync();

        var response = await client.SubmitAsync("/account/email-alerts", new Dictionary<string, string> { ["Choice"] = "DailyDigest" });
        var page = await client.GetStringAsync("/account/email-alerts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Your email alert choice has been saved", page, StringComparison.Ordinal);
        Assert.Equal(EmailAlerts.DailyDigest, await _factory.QueryAsync(db => db.Users.Where(u => u.Email == "head@school.test").Select(u => u.EmailAlerts).SingleAsync()));
        Assert.Contains("users.email-alerts.changed", await _factory.AuditActionsAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hourly")]
    [InlineData("7")]
    public async Task ABadChoice_GetsAGovUkMessage_AndChangesNothing(string choice)
    {
        var client = await SignedInAsync();

        var response = await client.SubmitAsync("/account/email-alerts", new Dictionary<string, string> { ["Choice"] = choice });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#Choice\">Select how you want to get email alerts</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(EmailAlerts.Immediate, await _factory.QueryAsync(db => db.Users.Where(u => u.Email == "head@school.test").Select(u => u.EmailAlerts).SingleAsync()));
    }

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> SignedInAsync()
    {
        await _factory.CreateAccountAsync("head@school.test", [BuiltInRoles.Headteacher]);
        var client = _factory.CreateClient();
        await client.SignInAsync("head@school.test");
        return client;
    }
}
