using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Invitations;
using Perspective.Users.Data;

namespace Perspective.Tests.Modules.Users.Account;

/// <summary>One host for the class; each test in a tenant of its own on it, with an SMTP server of its own.</summary>
public sealed class MyAccountTests(UsersFactory factory) : IClassFixture<UsersFactory>, IAsyncLifetime
{
    private const string Email = "hetty.head@school.test";
    private const string NewEmail = "h.head@newschool.test";
    private const string NewPassword = "seven green bottles on a wall";
    private const string TestPassword = Perspective.Tests.Infrastructure.Tenants.Password;

    private readonly UsersFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Summary_ShowsEachThingWithALinkToChangeIt()
    {
        var browser = await SignedInAsync();

        var html = await browser.GetStringAsync("/account");

        Assert.Contains("hetty.head", html, StringComparison.Ordinal);
        Assert.Contains(Email, html, StringComparison.Ordinal);
        foreach (var path in new[] { "/account/name", "/account/email", "/account/password", "/account/two-factor", "/account/email-alerts", "/account/sessions" })
        {
            Assert.Contains($"href=\"{path}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ChangeName_SavesIt_AndIsAudited()
    {
        var browser = await SignedInAsync();

        var response = await browser.SubmitAsync("/account/name", new Dictionary<string, string> { ["FullName"] = "  Hetty Headley " });
        var page = await browser.GetStringAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Hetty Headley", (await _factory.UserAsync(Email))!.DisplayName);
        Assert.Contains("Your name has been changed", page, StringComparison.Ordinal);
        Assert.Contains("users.name-changed", await _factory.AuditActionsAsync());
    }

    [Theory]
    [InlineData("", "Enter your full name")]
    [InlineData("   ", "Enter your full name")]
    public async Task ChangeName_WithABadName_SaysWhy_AndChangesNothing(string name, string message)
    {
        var browser = await SignedInAsync();
        var tooLong = new string('a', 201);

        var blank = await browser.SubmitAsync("/account/name", new Dictionary<string, string> { ["FullName"] = name });
        var overLong = await browser.SubmitAsync("/account/name", new Dictionary<string, string> { ["FullName"] = tooLong });

        Assert.Contains(message, await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Your name must be 200 characters or fewer", await overLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("hetty.head", (await _factory.UserAsync(Email))!.DisplayName);
    }

    [Fact]
    public async Task ChangeEmail_NeedsTheLinkSentToTheNewAddress_AndWarnsTheOldOne()
    {
        var browser = await SignedInAsync();

        var asked = await browser.SubmitAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = NewEmail, ["CurrentPassword"] = TestPassword });
        var link = await _factory.LinkSentToAsync(NewEmail);
        var notice = await NoticeToOldAddressAsync();
        var unchanged = await _factory.UserAsync(Email);

        var confirmPage = await browser.GetStringAsync(link);
        var afterGet = await _factory.UserAsync(Email);
        var confirmed = await browser.SubmitAsync(link, new Dictionary<string, string>());
        var changed = await _factory.UserAsync(NewEmail);
        var account = await browser.GetStringAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.StartsWith("/account/confirm-email/", link, StringComparison.Ordinal);
        Assert.Contains(NewEmail, notice, StringComparison.Ordinal);
        Assert.NotNull(unchanged);
        Assert.Contains("Confirm your new email address", confirmPage, StringComparison.Ordinal);
        Assert.NotNull(afterGet);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.NotNull(changed);
        Assert.Equal(NewEmail, changed.UserName);
        Assert.True(changed.EmailConfirmed);
        Assert.NotEqual(unchanged!.SecurityStamp, changed.SecurityStamp);
        Assert.Contains($"Your email address is now {NewEmail}", account, StringComparison.Ordinal);
        Assert.Contains("This link has expired or has already been used", await browser.GetStringAsync(link), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await _factory.CreateClient().SignInAsync(NewEmail)).StatusCode);
        Assert.Contains("users.email-changed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task ChangeEmail_WithTheWrongPassword_IsRefused_AndNothingIsSent()
    {
        var browser = await SignedInAsync();

        var response = await browser.SubmitAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = NewEmail, ["CurrentPassword"] = "not my password at all" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your current password is not correct", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _factory.OutboxAsync());
        Assert.Empty(await _factory.TokensAsync());
    }

    [Theory]
    [InlineData("", "Enter your new email address")]
    [InlineData("not-an-address", "Enter an email address in the correct format, like name@example.com")]
    [InlineData(Email, "Enter an email address that is different from your current one")]
    [InlineData("taken.address@school.test", "An account already exists for this email address")]
    public async Task ChangeEmail_ToABadAddress_SaysWhy_AndSendsNothing(string address, string message)
    {
        var browser = await SignedInAsync();
        await _factory.CreateAccountAsync("taken.address@school.test", [BuiltInRoles.SchoolUser]);

        var response = await browser.SubmitAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = address, ["CurrentPassword"] = TestPassword });

        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _factory.OutboxAsync());
    }

    [Fact]
    public async Task ConfirmEmail_WhenTheAddressWasTakenMeanwhile_IsRefused()
    {
        var browser = await SignedInAsync();
        await browser.SubmitAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = NewEmail, ["CurrentPassword"] = TestPassword });
        var link = await _factory.LinkSentToAsync(NewEmail);
        await _factory.CreateAccountAsync(NewEmail, [BuiltInRoles.SchoolUser]);

        var response = await browser.SubmitAsync(link, new Dictionary<string, string>());

        Assert.Contains("An account already exists for this email address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await _factory.UserAsync(Email));
    }

    [Fact]
    public async Task ConfirmEmail_AfterADay_ShowsTheExpiredPage()
    {
        var browser = await SignedInAsync();
        await browser.SubmitAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = NewEmail, ["CurrentPassword"] = TestPassword });
        var link = await _factory.LinkSentToAsync(NewEmail);
        _factory.Clock.Advance(TimeSpan.FromHours(25));
        // The session has long timed out too: sign in afresh to follow the link.
        browser = _factory.CreateClient();
        await browser.SignInAsync(Email);

        var page = await browser.GetStringAsync(link);

        Assert.Contains("This link has expired or has already been used", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_NeedsTheCurrentPassword()
    {
        var browser = await SignedInAsync();
        var hashBefore = (await _factory.UserAsync(Email))!.PasswordHash;

        var response = await browser.SubmitAsync("/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not my password at all", ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your current password is not correct", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(hashBefore, (await _factory.UserAsync(Email))!.PasswordHash);
        Assert.Empty(await _factory.OutboxAsync());
    }

    [Fact]
    public async Task ChangePassword_WithACommonNewPassword_IsRefused()
    {
        var browser = await SignedInAsync();

        var response = await browser.SubmitAsync("/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestPassword, ["Password"] = "iloveyou1234", ["ConfirmPassword"] = "iloveyou1234",
        });

        Assert.Contains("this one is on a list of common passwords", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_SetsIt_EndsOtherSessions_KeepsThisOne_AndSendsANotice()
    {
        var browser = await SignedInAsync();
        var userId = (await _factory.UserAsync(Email))!.Id;
        await AddSessionAsync(userId, "another-device");

        var response = await browser.SubmitAsync("/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestPassword, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });
        // Past the next security stamp check, which would sign out a cookie with the old stamp.
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var account = await browser.GetAsync("/account");
        await _factory.DrainAsync();
        var sessions = await _factory.QueryAsync(db => db.Set<UserSession>().AsNoTracking().ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("Your password has been changed", await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("password changed", sessions.Single(s => s.Id == "another-device").EndReason);
        Assert.Null(sessions.Single(s => s.Id != "another-device").EndedUtc);
        Assert.Equal(["users.password-changed"], (await _factory.OutboxAsync()).Select(m => m.Kind));
        Assert.Equal(HttpStatusCode.Redirect, (await _factory.CreateClient().SignInAsync(Email, NewPassword)).StatusCode);
        Assert.Contains("users.password-changed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AccountPages_WhenSignedOut_SendToSignIn()
    {
        await _factory.StartAsync();

        var response = await _factory.CreateClient().GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        await _factory.StartAsync();
        await _factory.CreateAccountAsync(Email, [BuiltInRoles.SchoolUser]);
        var browser = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(Email)).StatusCode);
        return browser;
    }

    private async Task<string> NoticeToOldAddressAsync()
    {
        var notice = (await _factory.OutboxAsync()).Single(m => m.ToAddress == Email);
        Assert.Equal("users.email-change-notice", notice.Kind);
        return (await _factory.DeliveredAsync(notice.Id)).TextBody ?? "";
    }

    private async Task AddSessionAsync(string userId, string id)
    {
        await using var scope = await _factory.TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        db.Set<UserSession>().Add(new UserSession { Id = id, UserId = userId, CreatedUtc = now, LastSeenUtc = now });
        await db.SaveChangesAsync();
    }
}
