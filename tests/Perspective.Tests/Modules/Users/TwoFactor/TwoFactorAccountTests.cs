using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;
using Infrastructure = Perspective.Tests.Infrastructure;
using Perspective.Users.Data;

namespace Perspective.Tests.Modules.Users.TwoFactor;

public sealed class TwoFactorAccountTests : IDisposable
{
    private const string Officer = "olive.officer@la.test";
    private const string SetUpPath = "/account/two-factor/set-up";
    private readonly ClockFactory _factory = new();

    private DateTime Now => _factory.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task SettingUpFromYourAccount_NeedsYourPassword()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        await client.SignInAsync(Officer);

        var response = await client.SetUpTwoFactorAsync(SetUpPath, password: "not my password at all", utc: Now);

        Assert.Contains("<a href=\"#Password\">The password is not correct</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Contains("users.two-factor.password-failed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task SettingUpFromYourAccount_TurnsItOn_AndSignsOutYourOtherSessions()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        var other = _factory.CreateClient();
        await client.SignInAsync(Officer);
        await other.SignInAsync(Officer);

        var response = await client.SetUpTwoFactorAsync(SetUpPath, password: Infrastructure.Tenants.Password, utc: Now);

        Assert.Equal(10, TwoFactorCodes.RecoveryCodesOnPage(await response.Content.ReadAsStringAsync()).Count);
        Assert.True(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/two-factor")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/account/two-factor")).StatusCode);
    }

    [Fact]
    public async Task NewRecoveryCodes_ReplaceTheOldOnes()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        await client.SignInAsync(Officer);
        var first = TwoFactorCodes.RecoveryCodesOnPage(await (await client.SetUpTwoFactorAsync(SetUpPath, Infrastructure.Tenants.Password, Now)).Content.ReadAsStringAsync());

        var wrong = await client.SubmitAsync("/account/two-factor/recovery-codes", new Dictionary<string, string> { ["Password"] = "wrong wrong wrong" });
        var replaced = await client.SubmitAsync("/account/two-factor/recovery-codes", new Dictionary<string, string> { ["Password"] = Infrastructure.Tenants.Password });
        var second = TwoFactorCodes.RecoveryCodesOnPage(await replaced.Content.ReadAsStringAsync());

        Assert.Contains("The password is not correct", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(10, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(10, await _factory.QueryAsync(db => db.Set<RecoveryCode>().CountAsync()));
    }

    [Fact]
    public async Task TurningOff_IsAllowedWhenYourRoleDoesNotNeedIt()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var client = _factory.CreateClient();
        await client.SignInAsync(Officer);
        await client.SetUpTwoFactorAsync(SetUpPath, Infrastructure.Tenants.Password, Now);

        var response = await client.SubmitAsync("/account/two-factor/turn-off", new Dictionary<string, string> { ["Password"] = Infrastructure.Tenants.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<RecoveryCode>().CountAsync()));
        Assert.Contains("users.two-factor.disabled", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task TurningOff_IsNotOfferedWhenYourRoleNeedsIt()
    {
        await _factory.CreateAccountAsync("hetty.head@school.test", [BuiltInRoles.Headteacher]);
        var client = _factory.CreateClient();
        await client.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = "hetty.head@school.test", ["Password"] = Infrastructure.Tenants.Password });
        await client.SetUpTwoFactorAsync("/sign-in/set-up-two-factor", utc: Now);

        var page = await client.GetStringAsync("/account/two-factor");
        var tried = await client.SubmitAsync("/account/two-factor", new Dictionary<string, string> { ["Password"] = Infrastructure.Tenants.Password }, "/account/two-factor/turn-off");

        Assert.DoesNotContain("Turn off two-factor", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, tried.StatusCode);
        Assert.True(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task ThePolicy_RefusesAnUnknownRole_AndChangesNothing()
    {
        var admin = _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

        var response = await admin.SubmitAsync("/admin/two-factor", new Dictionary<string, string> { ["Roles"] = "Head of everything" });

        Assert.Contains("<a href=\"#Roles\">Select roles from the list</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await _factory.QueryAsync(db => db.Settings.Where(s => s.Key == "users.twoFactor.requiredRoles").Select(s => s.Value).SingleOrDefaultAsync()));
    }

    [Fact]
    public async Task ThePolicy_WhenARoleIsAdded_AsksItsPeopleToSetUpAtTheirNextSignIn()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var admin = _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

        await admin.PostAsync("/admin/two-factor", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", await admin.AntiforgeryTokenAsync("/admin/two-factor")),
            new("Roles", BuiltInRoles.LaAdmin),
            new("Roles", BuiltInRoles.LaOfficer),
        ]));
        var signIn = await _factory.CreateClient().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = Officer, ["Password"] = Infrastructure.Tenants.Password });

        Assert.Equal("/sign-in/set-up-two-factor", signIn.Headers.Location!.OriginalString);
        Assert.Contains("users.two-factor.policy-changed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task ThePolicyPage_IsForUserAdminsOnly()
    {
        var response = await _factory.ClientFor("Olive", BuiltInRoles.LaOfficer).GetAsync("/admin/two-factor");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnAdmin_CanResetSomeonesTwoFactor_WhichSignsThemOut()
    {
        await _factory.CreateAccountAsync(Officer, [BuiltInRoles.LaOfficer]);
        var officer = _factory.CreateClient();
        await officer.SignInAsync(Officer);
        await officer.SetUpTwoFactorAsync(SetUpPath, Infrastructure.Tenants.Password, Now);
        var id = await _factory.QueryAsync(db => db.Users.Select(u => u.Id).SingleAsync());

        var admin = _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);
        var response = await admin.SubmitAsync($"/admin/users/{id}/two-factor", new Dictionary<string, string>());
        var accountPage = await admin.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Two-factor is reset for olive.officer", accountPage, StringComparison.Ordinal);
        Assert.False(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/account/two-factor")).StatusCode);
        Assert.Contains("users.two-factor.reset-by-admin", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AHeadteacher_CannotResetTwoFactor_ForAnotherSchoolsAccount()
    {
        await _factory.CreateAccountAsync("sam@other.test", [BuiltInRoles.SchoolUser]);
        string id;
        await using (var scope = await _factory.TenantScopeAsync())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PerspectiveUser>>();
            var user = (await users.FindByEmailAsync("sam@other.test"))!;
            user.OrganisationId = "school-100002";
            user.TwoFactorEnabled = true;
            await users.UpdateAsync(user);
            id = user.Id;
        }

        var head = _factory.ClientForOrganisation("Hetty", "school-100001", BuiltInRoles.Headteacher);
        var page = await head.GetAsync($"/admin/users/{id}/two-factor");
        var unknown = await head.GetAsync("/admin/users/no-such-user/two-factor");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True(await _factory.QueryAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    public void Dispose() => _factory.Dispose();
}
