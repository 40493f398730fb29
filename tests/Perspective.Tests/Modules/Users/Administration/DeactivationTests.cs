using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class DeactivationTests(UsersAdminFactory factory) : IClassFixture<UsersAdminFactory>, IAsyncLifetime
{
    private readonly UsersAdminFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Deactivating_StopsTheAccount_ChangesItsStamp_EndsEverySession_AndIsAudited()
    {
        var id = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser]);
        await _factory.SessionAsync(id, "laptop");
        await _factory.SessionAsync(id, "phone");
        var stamp = (await _factory.UserAsync(id)).SecurityStamp;

        var response = await _factory.AshHead.SubmitAsync($"/admin/users/{id}/deactivate", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await _factory.UserAsync(id);
        Assert.Equal(UsersAdminFactory.Start, user.DeactivatedUtc);
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.All(await _factory.SessionsOfAsync(id), s => Assert.Equal((UsersAdminFactory.Start, "deactivated"), (s.EndedUtc, s.EndReason)));
        Assert.Contains("users.deactivated", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task NobodyCanDeactivateTheirOwnAccount()
    {
        var id = await _factory.AccountAsync("ann@la.test", "LA", [BuiltInRoles.LaAdmin]);
        var self = _factory.ClientFor(id, BuiltInRoles.LaAdmin);
        var token = await self.AntiforgeryTokenAsync($"/admin/users/{id}");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var response = await self.PostAsync($"/admin/users/{id}/deactivate", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot deactivate your own account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await _factory.UserAsync(id)).DeactivatedUtc);
        Assert.DoesNotContain("users.deactivated", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task Reactivating_LetsTheAccountSignInAgain_AndIsAudited()
    {
        var id = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser], u => u.DeactivatedUtc = UsersAdminFactory.Start.AddDays(-3));

        var response = await _factory.LaAdmin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Reactivate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await _factory.UserAsync(id)).DeactivatedUtc);
        Assert.Contains("users.reactivated", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task EndingAllSessions_EndsEveryOpenSession_AndIsAudited()
    {
        var id = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser]);
        await _factory.SessionAsync(id, "laptop");

        var response = await _factory.AshHead.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=EndSessions");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(Assert.Single(await _factory.SessionsOfAsync(id)).EndedUtc);
        Assert.Null((await _factory.UserAsync(id)).DeactivatedUtc);
        Assert.Contains("users.sessions-ended", await _factory.AuditActionsAsync());
    }

}
