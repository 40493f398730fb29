using System.Net;
using System.Text.RegularExpressions;
using Perspective.Core.Security;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed partial class UserListPageTests(UsersAdminFactory factory) : IClassFixture<UsersAdminFactory>, IAsyncLifetime
{
    private readonly UsersAdminFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheList_ShowsEachAccountsNameOrganisationRolesStatusAndLastSignIn()
    {
        await _factory.AccountAsync("hetty@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.Headteacher], u => u.LastSignInUtc = UsersAdminFactory.Start.AddDays(-2));
        await _factory.AccountAsync("olly@nowhere.test", "school-999999", [BuiltInRoles.SchoolUser]);

        var response = await _factory.LaAdmin.GetAsync("/admin/users");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/admin/users/invite\"", html, StringComparison.Ordinal);
        var hetty = Row(html, "hetty@ash.test");
        Assert.Contains("Ash Primary School", hetty, StringComparison.Ordinal);
        Assert.Contains(">Headteacher<", hetty, StringComparison.Ordinal);
        Assert.Contains("govuk-tag--green\">Active</strong>", hetty, StringComparison.Ordinal);
        Assert.Contains("28 Nov 2026", hetty, StringComparison.Ordinal);
        // An organisation the directory does not know shows its id.
        Assert.Contains("school-999999", Row(html, "olly@nowhere.test"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100002")]
    [InlineData("999/2002")]
    [InlineData("school-100002")]
    public async Task FilteringByOrganisation_TakesItsIdUrnOrDfeNumber(string reference)
    {
        await _factory.AccountAsync("hetty@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.Headteacher]);
        await _factory.AccountAsync("bea@birch.test", TestOrganisations.Birch.Id, [BuiltInRoles.Headteacher]);

        var html = await _factory.LaAdmin.GetStringAsync($"/admin/users?Organisation={Uri.EscapeDataString(reference)}");

        Assert.Equal(["bea@birch.test"], Emails(html));
    }

    [Theory]
    [InlineData("Organisation=123456", "Organisation", "Enter an organisation&#x27;s id, URN or DfE number that we know")]
    [InlineData("Status=Sleeping", "Status", "Select a status from the list")]
    [InlineData("LastSignIn=Yesterday", "LastSignIn", "Select when they last signed in from the list")]
    [InlineData("Role=Wizard", "Role", "Select a role from the list")]
    public async Task ABadFilter_GetsAnErrorAgainstItsField_AndNoList(string query, string field, string message)
    {
        await _factory.AccountAsync("hetty@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.Headteacher]);

        var html = await _factory.LaAdmin.GetStringAsync($"/admin/users?{query}");

        Assert.Contains($"<a href=\"#{field}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Empty(Emails(html));
    }

    [Fact]
    public async Task FilteringByRoleStatusAndLastSignIn_ShowsOnlyTheMatchingAccounts()
    {
        await _factory.AccountAsync("recent@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.Headteacher], u => u.LastSignInUtc = UsersAdminFactory.Start.AddDays(-10));
        await _factory.AccountAsync("stale@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser], u => u.LastSignInUtc = UsersAdminFactory.Start.AddDays(-100));
        await _factory.AccountAsync("invited@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser], u => u.ActivatedUtc = null);
        await _factory.AccountAsync("gone@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser], u => u.DeactivatedUtc = UsersAdminFactory.Start.AddDays(-1));
        var admin = _factory.LaAdmin;

        Assert.Equal(["recent@ash.test"], Emails(await admin.GetStringAsync("/admin/users?Role=Headteacher")));
        Assert.Equal(["invited@ash.test"], Emails(await admin.GetStringAsync("/admin/users?Status=Invited")));
        Assert.Equal(["gone@ash.test"], Emails(await admin.GetStringAsync("/admin/users?Status=Deactivated")));
        Assert.Equal(["recent@ash.test", "stale@ash.test"], Emails(await admin.GetStringAsync("/admin/users?Status=Active")).Order());
        Assert.Equal(["recent@ash.test"], Emails(await admin.GetStringAsync("/admin/users?LastSignIn=Recent")));
        Assert.Equal(["stale@ash.test"], Emails(await admin.GetStringAsync("/admin/users?LastSignIn=Stale")));
        Assert.Equal(["gone@ash.test", "invited@ash.test"], Emails(await admin.GetStringAsync("/admin/users?LastSignIn=Never")).Order());
    }

    [Fact]
    public async Task TheList_Shows50APage_AndAPageBeyondTheLastIsNotFound()
    {
        await _factory.ManyAccountsAsync(51, TestOrganisations.Ash.Id);
        var admin = _factory.LaAdmin;

        var first = await admin.GetStringAsync("/admin/users");
        var second = await admin.GetStringAsync("/admin/users?pageNumber=2");

        Assert.Equal(50, Emails(first).Count);
        Assert.Contains("Accounts 1 to 50 of 51", first, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-pagination\"", first, StringComparison.Ordinal);
        Assert.Equal(["person050@school.test"], Emails(second));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users?pageNumber=3")).StatusCode);
    }

    [Fact]
    public async Task AHeadteacher_SeesOnlyTheirOwnSchoolsAccounts_WhateverTheFilterSays()
    {
        await _factory.AccountAsync("hetty@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.Headteacher]);
        await _factory.AccountAsync("bea@birch.test", TestOrganisations.Birch.Id, [BuiltInRoles.Headteacher]);
        await _factory.AccountAsync("ann@la.test", "LA", [BuiltInRoles.LaAdmin]);
        var head = _factory.AshHead;

        Assert.Equal(["hetty@ash.test"], Emails(await head.GetStringAsync("/admin/users")));
        Assert.Empty(Emails(await head.GetStringAsync("/admin/users?Organisation=100002")));
    }

    [Fact]
    public async Task SomeoneWhoManagesNoAccounts_IsForbidden()
    {
        var editor = _factory.ClientFor("Ed", BuiltInRoles.LaEditor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/users/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/users/leavers")).StatusCode);
    }

    internal static List<string> Emails(string html) =>
        RowPattern().Matches(html).Select(m => EmailPattern().Match(m.Value).Groups[1].Value).ToList();

    private static string Row(string html, string email) =>
        RowPattern().Matches(html).Select(m => m.Value).Single(r => r.Contains(email, StringComparison.Ordinal));

    [GeneratedRegex("<tr[^>]*data-testid=\"(?:user|leaver)-row\"[\\s\\S]*?</tr>")]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>([^<@]+@[^<]+)</td>")]
    private static partial Regex EmailPattern();

}
