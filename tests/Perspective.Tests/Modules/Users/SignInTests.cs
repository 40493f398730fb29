using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users;

/// <summary>
/// One host for the class; each test in a tenant of its own on it. The rate limit, which is the
/// host's and not a tenant's, is tested in <see cref="SignInRateLimitOnItsOwnHostTests"/>.
/// </summary>
public sealed class SignInTests(SignInFactory factory) : IClassFixture<SignInFactory>, IAsyncLifetime
{
    private readonly SignInFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EmptyForm_GetsAnErrorForEachField_AndRecordsNothing()
    {
        var response = await _factory.CreateClient().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: Sign in", html, StringComparison.Ordinal);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Email\">Enter your email address</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Password\">Enter your password</a>", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task MalformedEmail_GetsTheFormatMessage_AndKeepsWhatWasTyped()
    {
        var response = await _factory.CreateClient().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = "head.school", ["Password"] = "secret" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Enter an email address in the correct format, like name@example.com", html, StringComparison.Ordinal);
        Assert.Contains("value=\"head.school\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"secret\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAccount_GetsOneGenericMessage_AndIsAudited()
    {
        var response = await _factory.CreateClient().SubmitAsync("/sign-in",
            new Dictionary<string, string> { ["Email"] = "head@school.example", ["Password"] = "a long enough password" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Enter a correct email address and password", html, StringComparison.Ordinal);
        Assert.Equal(["users.sign-in.failed"], await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task SignOut_WithTheFormsToken_EndsTheSessionAndIsAudited()
    {
        var client = _factory.ClientFor("Ann Admin", "LA admin");

        var response = await client.SubmitAsync("/", new Dictionary<string, string>(), postPath: "/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location?.OriginalString);
        Assert.Equal(["users.sign-out"], await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task ADeactivatedAccount_WithTheRightPassword_GetsTheSameGenericMessage()
    {
        await _factory.CreateAccountAsync("olive@la.test", [Perspective.Core.Security.BuiltInRoles.LaOfficer]);
        await _factory.QueryAsync(db => db.Users.ExecuteUpdateAsync(set => set.SetProperty(u => u.DeactivatedUtc, DateTime.UtcNow)));

        var client = _factory.CreateClient();
        var response = await client.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = "olive@la.test", ["Password"] = Perspective.Tests.Infrastructure.Tenants.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a correct email address and password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains("Perspective.Application", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal)));
        Assert.Equal("users.sign-in.failed", (await _factory.AuditActionsAsync())[^1]);
    }
}
