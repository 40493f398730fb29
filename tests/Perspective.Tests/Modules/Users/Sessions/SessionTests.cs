using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;
using Perspective.Users.Data;

namespace Perspective.Tests.Modules.Users.Sessions;

public sealed class SessionTests : IDisposable
{
    private const string Officer = "olive.officer@la.test";
    private readonly ClockFactory _factory = new();

    [Fact]
    public async Task EachSignIn_StartsANewSession_AndRecordsTheSignInTime()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);

        await _factory.CreateClient().SignInAsync(Officer);
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await _factory.CreateClient().SignInAsync(Officer);

        var sessions = await _factory.QueryAsync(db => db.Set<UserSession>().OrderBy(s => s.CreatedUtc).ToListAsync());
        Assert.Equal(2, sessions.Select(s => s.Id).Distinct().Count());
        Assert.All(sessions, s => Assert.Null(s.EndedUtc));
        Assert.Equal(_factory.Clock.GetUtcNow().UtcDateTime, await _factory.QueryAsync(db => db.Users.Select(u => u.LastSignInUtc).SingleAsync()));
    }

    [Fact]
    public async Task ADeactivatedUser_IsSignedOut_OnTheirNextRequest()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        await client.SignInAsync(Officer);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sessions")).StatusCode);

        await using (var scope = await _factory.TenantScopeAsync())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PerspectiveUser>>();
            var user = (await users.FindByEmailAsync(Officer))!;
            user.DeactivatedUtc = _factory.Clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
        }

        var after = await client.GetAsync("/account/sessions");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://perspective.test/sign-in", after.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("deactivated", await _factory.QueryAsync(db => db.Set<UserSession>().Select(s => s.EndReason).SingleAsync()));
    }

    [Fact]
    public async Task ASessionIdleForLongerThanTheTimeout_IsSignedOut()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        await client.SignInAsync(Officer);

        _factory.Clock.Advance(TimeSpan.FromMinutes(29));
        var stillIn = await client.GetAsync("/account/sessions");
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var timedOut = await client.GetAsync("/account/sessions");

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, timedOut.StatusCode);
    }

    [Fact]
    public async Task TheServer_EndsAnIdleSession_EvenWhenItsCookieIsStillValid()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        await client.SignInAsync(Officer);
        var lastSeen = _factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-31);
        await _factory.QueryAsync(db => db.Set<UserSession>().ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenUtc, lastSeen)));

        var response = await client.GetAsync("/account/sessions");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("idle", await _factory.QueryAsync(db => db.Set<UserSession>().Select(s => s.EndReason).SingleAsync()));
    }

    [Fact]
    public async Task StayingSignedIn_FromTheWarning_KeepsTheSessionGoing()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        await client.SignInAsync(Officer);

        _factory.Clock.Advance(TimeSpan.FromMinutes(28));
        var kept = await client.SubmitAsync("/account/sessions", new Dictionary<string, string>(), postPath: "/session/keep-alive");
        _factory.Clock.Advance(TimeSpan.FromMinutes(28));
        var page = await client.GetAsync("/account/sessions");

        Assert.Equal(HttpStatusCode.NoContent, kept.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task KeepAlive_WithoutTheFormsToken_IsRefused()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        await client.SignInAsync(Officer);

        var response = await client.PostAsync("/session/keep-alive", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ABusySession_EndsAtItsAbsoluteLifetime()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        await client.SignInAsync(Officer);

        var statuses = new List<HttpStatusCode>();
        for (var elapsed = TimeSpan.Zero; elapsed <= TimeSpan.FromHours(12.5); elapsed += TimeSpan.FromMinutes(20))
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(20));
            statuses.Add((await client.GetAsync("/account/sessions")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.Redirect, statuses[^1]);
        Assert.Equal("expired", await _factory.QueryAsync(db => db.Set<UserSession>().Select(s => s.EndReason).SingleAsync()));
    }

    [Fact]
    public async Task SigningOutOfOtherSessions_EndsThemButNotThisOne()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var laptop = _factory.CreateClient();
        var phone = _factory.CreateClient();
        await laptop.SignInAsync(Officer);
        await phone.SignInAsync(Officer);

        var page = await laptop.GetStringAsync("/account/sessions");
        var response = await laptop.SubmitAsync("/account/sessions", new Dictionary<string, string>());

        Assert.Contains("This session", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/account/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/account/sessions")).StatusCode);
        Assert.Contains("users.sessions.others-ended", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task SigningOut_EndsTheSession_SoACopiedCookieNoLongerWorks()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        var signedIn = await client.SignInAsync(Officer);
        var cookie = signedIn.CookieValue("__Host-Perspective.Application");

        await client.SubmitAsync("/account/sessions", new Dictionary<string, string>(), postPath: "/sign-out");
        var copy = _factory.CreateClient();
        copy.DefaultRequestHeaders.Add("Cookie", $"__Host-Perspective.Application={cookie}");

        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/account/sessions")).StatusCode);
        Assert.Equal("signed out", await _factory.QueryAsync(db => db.Set<UserSession>().Select(s => s.EndReason).SingleAsync()));
    }

    public void Dispose() => _factory.Dispose();
}
