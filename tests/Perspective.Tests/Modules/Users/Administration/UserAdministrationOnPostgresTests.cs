using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.Administration;

/// <summary>The list's filters (a role join, dates, a null-coalescing cut-off) and deactivation, on PostgreSQL.</summary>
public sealed class UserAdministrationOnPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Filters_Leavers_AndDeactivation_WorkOnPostgres()
    {
        using var factory = new UsersAdminFactory();
        factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        var now = UsersAdminFactory.Start;
        var ash = TestOrganisations.Ash.Id;
        var away = await factory.AccountAsync("away@ash.test", ash, [BuiltInRoles.SchoolUser], u => u.LastSignInUtc = now.AddDays(-100));
        await factory.AccountAsync("here@ash.test", ash, [BuiltInRoles.Headteacher], u => u.LastSignInUtc = now.AddDays(-2));
        await factory.AccountAsync("never@ash.test", ash, [BuiltInRoles.SchoolUser], u => u.ActivatedUtc = now.AddDays(-200));
        await factory.SessionAsync(away, "laptop");
        var admin = factory.LaAdmin;

        Assert.Equal(["here@ash.test"], UserListPageTests.Emails(await admin.GetStringAsync("/admin/users?Role=Headteacher&LastSignIn=Recent&Status=Active&Organisation=100001")));
        Assert.Equal(["never@ash.test", "away@ash.test"], UserListPageTests.Emails(await admin.GetStringAsync("/admin/users/leavers")));

        var response = await admin.SubmitAsync($"/admin/users/{away}/deactivate", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await factory.UserAsync(away)).DeactivatedUtc);
        Assert.NotNull(Assert.Single(await factory.SessionsOfAsync(away)).EndedUtc);
    }
}
