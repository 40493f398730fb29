using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>Every page and action that takes an account id answers 404 for an account the person may not manage.</summary>
public sealed class UserAccountAccessTests(UsersAdminFactory factory) : IClassFixture<UsersAdminFactory>, IAsyncLifetime
{
    private readonly UsersAdminFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AHeadteacher_GetsNotFound_ForAnotherSchoolsAccount_OnEveryPageAndAction_EachAudited()
    {
        var own = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser]);
        var other = await _factory.AccountAsync("bea@birch.test", TestOrganisations.Birch.Id, [BuiltInRoles.SchoolUser], u =>
        {
            u.DeactivatedUtc = UsersAdminFactory.Start;
            u.LockoutEnd = UsersAdminFactory.Start.AddMinutes(10);
        });
        await _factory.SessionAsync(other, "birch-session");
        var head = _factory.AshHead;
        var token = await head.AntiforgeryTokenAsync($"/admin/users/{own}");

        foreach (var path in new[] { $"/admin/users/{other}", $"/admin/users/{other}/roles", $"/admin/users/{other}/deactivate" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync(path)).StatusCode);
        }

        foreach (var path in new[] { $"/admin/users/{other}?handler=Reactivate", $"/admin/users/{other}?handler=EndSessions", $"/admin/users/{other}?handler=Unlock", $"/admin/users/{other}/roles", $"/admin/users/{other}/deactivate" })
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Roles"] = BuiltInRoles.SchoolUser });
            Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsync(path, form)).StatusCode);
        }

        var untouched = await _factory.UserAsync(other);
        Assert.NotNull(untouched.DeactivatedUtc);
        Assert.NotNull(untouched.LockoutEnd);
        Assert.Null(Assert.Single(await _factory.SessionsOfAsync(other)).EndedUtc);
        var actions = await _factory.AuditActionsAsync();
        Assert.DoesNotContain(actions, a => a.StartsWith("users.", StringComparison.Ordinal) && a != "users.created" && a != Perspective.Users.UsersEvents.AccessRefused.Name);
        // One for each of the three pages and five actions above.
        Assert.Equal(8, actions.Count(a => a == Perspective.Users.UsersEvents.AccessRefused.Name));
    }

    [Fact]
    public async Task AHeadteacher_GetsNotFound_ForAnLaAccount_AndAnUnknownId()
    {
        var la = await _factory.AccountAsync("ann@la.test", "LA", [BuiltInRoles.LaAdmin]);

        Assert.Equal(HttpStatusCode.NotFound, (await _factory.AshHead.GetAsync($"/admin/users/{la}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.LaAdmin.GetAsync("/admin/users/no-such-id")).StatusCode);
    }

    [Fact]
    public async Task AHeadteacher_SeesTheirOwnSchoolsAccount_AndAnLaAdminSeesAnySchools()
    {
        var own = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser]);

        var page = await _factory.AshHead.GetAsync($"/admin/users/{own}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ash Primary School", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/users/{own}/deactivate\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _factory.LaAdmin.GetAsync($"/admin/users/{own}")).StatusCode);
    }

    [Fact]
    public async Task AnInvitedAccount_LinksToItsInvitation()
    {
        var invited = await _factory.AccountAsync("new@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser], u => u.ActivatedUtc = null);

        var html = await _factory.LaAdmin.GetStringAsync($"/admin/users/{invited}");

        Assert.Contains($"href=\"/admin/users/{invited}/invitation\"", html, StringComparison.Ordinal);
        Assert.Contains(">Invited</strong>", html, StringComparison.Ordinal);
    }

}
