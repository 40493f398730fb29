using System.Net;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.Administration;

public sealed class SqliteUnlockTests() : UnlockTests(postgres: false);

public sealed class PostgresUnlockTests() : UnlockTests(postgres: true);

/// <summary>An LA admin unlocks a locked-out account, and the unlock is audited.</summary>
public abstract class UnlockTests(bool postgres) : HostOnEitherDatabase<UsersAdminFactory>(postgres, new UsersAdminFactory())
{
    private const string Email = "sam@ash.test";

    [Fact]
    public async Task Unlocking_ALockedOutAccount_LetsItSignInAgainAtOnce_AndIsAudited()
    {
        var id = await Factory.AccountAsync(Email, TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser], u =>
        {
            u.LockoutEnd = UsersAdminFactory.Start.AddMinutes(10);
            u.AccessFailedCount = 5;
        });
        var admin = Factory.LaAdmin;
        var page = await admin.GetStringAsync($"/admin/users/{id}");

        var response = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Unlock");
        var after = await admin.GetStringAsync($"/admin/users/{id}");
        var signIn = await Factory.CreateClient().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = Infrastructure.Tenants.Password });

        Assert.Contains("data-testid=\"unlock\"", page, StringComparison.Ordinal);
        Assert.Contains("The account is locked until 30 November 2026 at 9:10am", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await Factory.UserAsync(id);
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Contains("sam is no longer locked out", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"unlock\"", after, StringComparison.Ordinal);
        Assert.Contains("users.unlocked", await Factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AnAccountWhoseLockoutHasEnded_ShowsNoUnlockButton_AndUnlockingItRecordsNothing()
    {
        var id = await Factory.AccountAsync(Email, TestOrganisations.Ash.Id, [BuiltInRoles.SchoolUser], u => u.LockoutEnd = UsersAdminFactory.Start.AddMinutes(-1));

        var page = await Factory.LaAdmin.GetStringAsync($"/admin/users/{id}");
        var response = await Factory.LaAdmin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Unlock");

        Assert.DoesNotContain("data-testid=\"unlock\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("users.unlocked", await Factory.AuditActionsAsync());
    }
}
