using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;
using Perspective.Tests.Modules.Roles;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class UserRolesPageTests(UsersAdminFactory factory) : IClassFixture<UsersAdminFactory>, IAsyncLifetime
{
    private readonly UsersAdminFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ASchoolAccount_IsOfferedSchoolRolesOnly()
    {
        var id = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser]);

        var html = await _factory.LaAdmin.GetStringAsync($"/admin/users/{id}/roles");

        Assert.Contains("value=\"Headteacher\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"School staff\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"LA admin\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Platform admin\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnLaAdmin_ChangesASchoolAccountsRoles_AndTheChangeIsAudited()
    {
        var id = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser]);
        var stamp = (await _factory.UserAsync(id)).SecurityStamp;

        var response = await _factory.LaAdmin.SubmitPairsAsync($"/admin/users/{id}/roles", [("Roles", BuiltInRoles.Headteacher), ("Roles", BuiltInRoles.SchoolStaff)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([BuiltInRoles.Headteacher, BuiltInRoles.SchoolStaff], await _factory.RolesOfAsync(id));
        Assert.NotEqual(stamp, (await _factory.UserAsync(id)).SecurityStamp);
        Assert.Contains("users.roles-changed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AnLaRole_CannotBeGivenToASchoolAccount()
    {
        var id = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser]);

        var response = await _factory.LaAdmin.SubmitPairsAsync($"/admin/users/{id}/roles", [("Roles", BuiltInRoles.LaAdmin)]);

        Assert.Contains("You cannot give the role LA admin to this account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([BuiltInRoles.SchoolUser], await _factory.RolesOfAsync(id));
    }

    [Fact]
    public async Task AHeadteacher_CanGiveASchoolRole_TheyDoNotHoldThemselves()
    {
        var id = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser]);
        var head = _factory.ClientForOrganisation("Hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher);

        var response = await head.SubmitPairsAsync($"/admin/users/{id}/roles", [("Roles", BuiltInRoles.SchoolUser), ("Roles", BuiltInRoles.SchoolStaff)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([BuiltInRoles.SchoolStaff, BuiltInRoles.SchoolUser], await _factory.RolesOfAsync(id));
    }

    [Theory]
    [InlineData(BuiltInRoles.Headteacher)]
    public async Task AHeadteacher_CannotGiveHeadteacher(string role)
    {
        var id = await _factory.AccountAsync("sam@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser]);
        var head = _factory.ClientForOrganisation("Hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser);

        var response = await head.SubmitPairsAsync($"/admin/users/{id}/roles", [("Roles", BuiltInRoles.SchoolUser), ("Roles", role)]);

        Assert.Contains($"You cannot give the role {role} to this account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([BuiltInRoles.SchoolUser], await _factory.RolesOfAsync(id));
        Assert.DoesNotContain("users.roles-changed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AHeadteacher_ChangesOnlyRolesTheyHold_AndRolesTheyCannotChangeStay()
    {
        var id = await _factory.AccountAsync("deputy@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser]);
        var head = _factory.ClientForOrganisation("Hetty", TestOrganisations.Ash.Id, BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser);

        var page = await head.GetStringAsync($"/admin/users/{id}/roles");
        // Nothing ticked: School user is taken away, Headteacher (greyed out, so never posted) stays.
        var response = await head.SubmitPairsAsync($"/admin/users/{id}/roles", []);

        Assert.Matches("<input[^>]*checked=\"checked\"[^>]*disabled=\"disabled\"[^>]*value=\"Headteacher\"", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([BuiltInRoles.Headteacher], await _factory.RolesOfAsync(id));
    }

}
