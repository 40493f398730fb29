using System.Net;
using Perspective.Core.Security;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class LeaversPageTests(UsersAdminFactory factory) : IClassFixture<UsersAdminFactory>, IAsyncLifetime
{
    private readonly UsersAdminFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Leavers_AreActiveAccountsNotSignedInForTheChosenDays_CountingNeverSignedInFromActivation()
    {
        var now = UsersAdminFactory.Start;
        var ash = TestOrganisations.Ash.Id;
        await _factory.AccountAsync("away@ash.test", ash, [BuiltInRoles.SchoolUser], u => u.LastSignInUtc = now.AddDays(-100));
        await _factory.AccountAsync("month@ash.test", ash, [BuiltInRoles.SchoolUser], u => u.LastSignInUtc = now.AddDays(-40));
        await _factory.AccountAsync("here@ash.test", ash, [BuiltInRoles.SchoolUser], u => u.LastSignInUtc = now.AddDays(-2));
        await _factory.AccountAsync("never-old@ash.test", ash, [BuiltInRoles.SchoolUser], u => u.ActivatedUtc = now.AddDays(-200));
        await _factory.AccountAsync("never-new@ash.test", ash, [BuiltInRoles.SchoolUser], u => u.ActivatedUtc = now.AddDays(-10));
        await _factory.AccountAsync("gone@ash.test", ash, [BuiltInRoles.SchoolUser], u => (u.LastSignInUtc, u.DeactivatedUtc) = (now.AddDays(-300), now.AddDays(-1)));
        await _factory.AccountAsync("invited@ash.test", ash, [BuiltInRoles.SchoolUser], u => u.ActivatedUtc = null);
        var admin = _factory.LaAdmin;

        var ninety = await admin.GetStringAsync("/admin/users/leavers");
        var thirty = await admin.GetStringAsync("/admin/users/leavers?Days=30");

        Assert.Equal(["never-old@ash.test", "away@ash.test"], UserListPageTests.Emails(ninety));
        Assert.Equal(["never-old@ash.test", "away@ash.test", "month@ash.test"], UserListPageTests.Emails(thirty));
        Assert.Contains("Never (activated 14 May 2026)", ninety, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/users/", ninety, StringComparison.Ordinal);
        Assert.Contains("/deactivate\">Deactivate", ninety, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnofferedNumberOfDays_GetsAnError()
    {
        var html = await _factory.LaAdmin.GetStringAsync("/admin/users/leavers?Days=45");

        Assert.Contains("<a href=\"#Days\">Select 30, 90, 180 or 365 days</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeadteacher_ReviewsOnlyTheirOwnSchool()
    {
        await _factory.AccountAsync("away@ash.test", TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser], u => u.LastSignInUtc = UsersAdminFactory.Start.AddDays(-100));
        await _factory.AccountAsync("away@birch.test", TestOrganisations.Birch.Id, [BuiltInRoles.SchoolUser], u => u.LastSignInUtc = UsersAdminFactory.Start.AddDays(-100));

        var html = await _factory.AshHead.GetStringAsync("/admin/users/leavers");

        Assert.Equal(["away@ash.test"], UserListPageTests.Emails(html));
    }

    [Fact]
    public async Task Leavers_Paginate()
    {
        await _factory.ManyAccountsAsync(51, TestOrganisations.Ash.Id);

        var second = await _factory.LaAdmin.GetStringAsync("/admin/users/leavers?pageNumber=2");

        Assert.Single(UserListPageTests.Emails(second));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.LaAdmin.GetAsync("/admin/users/leavers?pageNumber=3")).StatusCode);
    }

}
