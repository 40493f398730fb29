using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Users.Invitations;
using Perspective.Users.Data;

namespace Perspective.Tests.Modules.Users.Passwords;

/// <summary>One host for the class; each test in a tenant of its own on it, with an SMTP server of its own.</summary>
public sealed class PasswordResetTests(UsersFactory factory) : IClassFixture<UsersFactory>, IAsyncLifetime
{
    private const string Email = "hetty.head@school.test";
    private const string NewPassword = "seven green bottles on a wall";

    private readonly UsersFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UnknownAddress_GetsTheSamePage_AndNoEmail()
    {
        await StartAsync();

        var known = await RequestAsync(Email);
        var unknown = await RequestAsync("nobody@school.test");
        var knownPage = await _factory.CreateClient().GetStringAsync(known.Headers.Location!.OriginalString);
        await _factory.DrainAsync();

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Contains("Check your email", knownPage, StringComparison.Ordinal);
        Assert.Empty(_factory.SentTo("nobody@school.test"));
        Assert.Single(await _factory.OutboxAsync());
        Assert.Equal(["users.password-reset-requested", "users.password-reset-not-sent"], (await _factory.AuditActionsAsync()).Where(a => a.StartsWith("users.password", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InvitedOrDeactivatedAccounts_GetNoEmail()
    {
        await StartAsync();
        await UsersFactory.InviteAsync(_factory.LaAdmin(), "invited.person@school.test");
        await _factory.QueryAsync(db => db.Users.Where(u => u.Email == Email).ExecuteUpdateAsync(set => set.SetProperty(u => u.DeactivatedUtc, DateTime.UtcNow)));

        await RequestAsync(Email);
        await RequestAsync("invited.person@school.test");

        Assert.Equal(["users.invitation"], (await _factory.OutboxAsync()).Select(m => m.Kind));
    }

    [Fact]
    public async Task ResetLink_SetsTheNewPassword_EndsEverySession_AndDoesNotSignIn()
    {
        await StartAsync();
        var userId = (await _factory.UserAsync(Email))!.Id;
        await AddSessionAsync(userId, "session-one");
        await AddSessionAsync(userId, "session-two");
        await RequestAsync(Email);
        var link = await _factory.LinkSentToAsync(Email);

        var browser = _factory.CreateClient();
        var reset = await browser.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        var signInPage = await browser.GetStringAsync("/sign-in");
        var account = await browser.GetAsync("/account");
        var sessions = await _factory.QueryAsync(db => db.Set<UserSession>().AsNoTracking().ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/sign-in", reset.Headers.Location?.OriginalString);
        Assert.DoesNotContain(reset.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(_factory.AuthCookie + "=", StringComparison.Ordinal));
        Assert.Contains("Your password has been reset", signInPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.All(sessions, s => Assert.Equal("password reset", s.EndReason));
        Assert.Equal(HttpStatusCode.Redirect, (await _factory.CreateClient().SignInAsync(Email, NewPassword)).StatusCode);
        Assert.Contains("Enter a correct email address and password", await (await _factory.CreateClient().SignInAsync(Email)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("users.password-reset", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task ResetLink_WorksOnce()
    {
        await StartAsync();
        await RequestAsync(Email);
        var link = await _factory.LinkSentToAsync(Email);
        await _factory.CreateClient().SubmitAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        var again = await _factory.CreateClient().GetStringAsync(link);

        Assert.Contains("This link has expired or has already been used", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLink_ExpiresAfterAnHour()
    {
        await StartAsync();
        await RequestAsync(Email);
        var link = await _factory.LinkSentToAsync(Email);
        _factory.Clock.Advance(TimeSpan.FromMinutes(61));

        var page = await _factory.CreateClient().GetStringAsync(link);
        var hashBefore = (await _factory.UserAsync(Email))!.PasswordHash;

        Assert.Contains("This link has expired or has already been used", page, StringComparison.Ordinal);
        Assert.Equal(hashBefore, (await _factory.UserAsync(Email))!.PasswordHash);
    }

    [Fact]
    public async Task ANewRequest_WithdrawsTheEarlierLink()
    {
        await StartAsync();
        await RequestAsync(Email);
        var first = await _factory.LinkSentToAsync(Email);
        await RequestAsync(Email);
        var second = await _factory.LinkSentToAsync(Email);

        Assert.Contains("This link has expired", await _factory.CreateClient().GetStringAsync(first), StringComparison.Ordinal);
        Assert.Contains("Choose a new password", await _factory.CreateClient().GetStringAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetWithACommonPassword_IsRefused_AndTheLinkStillWorks()
    {
        await StartAsync();
        await RequestAsync(Email);
        var link = await _factory.LinkSentToAsync(Email);

        var refused = await _factory.CreateClient().SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "passwordpassword", ["ConfirmPassword"] = "passwordpassword" });

        Assert.Contains("this one is on a list of common passwords", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await _factory.TokensAsync()).UsedUtc);
    }

    [Fact]
    public async Task ForgotPassword_WithABadAddress_SaysSo()
    {
        await StartAsync();

        var empty = await _factory.CreateClient().SubmitAsync("/sign-in/forgot-password", new Dictionary<string, string> { ["Email"] = "" });
        var malformed = await _factory.CreateClient().SubmitAsync("/sign-in/forgot-password", new Dictionary<string, string> { ["Email"] = "hetty" });

        Assert.Contains("Enter your email address", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Enter an email address in the correct format", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _factory.OutboxAsync());
    }

    [Fact]
    public async Task SignInPage_LinksToForgottenPassword()
    {
        await StartAsync();

        var html = await _factory.CreateClient().GetStringAsync("/sign-in");

        Assert.Contains("href=\"/sign-in/forgot-password\"", html, StringComparison.Ordinal);
    }

    private async Task StartAsync()
    {
        await _factory.StartAsync();
        await _factory.CreateAccountAsync(Email, [BuiltInRoles.SchoolUser]);
    }

    /// <summary>Asks for a reset link, and waits until the request has been handled (after the page answered).</summary>
    private async Task<HttpResponseMessage> RequestAsync(string email)
    {
        var handled = await _factory.ResetRequestsHandledAsync();
        var response = await _factory.CreateClient().SubmitAsync("/sign-in/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        await _factory.WaitForResetRequestsHandledAsync(handled + 1);
        return response;
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
