using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Tenancy;

/// <summary>
/// A tenant created with its administrator's address invites them, inside the new tenant: the
/// link reaches that tenant, and following it makes an LA admin of that tenant alone, who must set
/// up two-factor before going further. On both providers.
/// </summary>
public sealed class TenantAdministratorInvitationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Admin = "ada.lovelace@west.test";
    private const string Password = "tractor purple windowsill jam";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CreatingATenant_WithAnAdminEmail_InvitesAnLaAdminOfThatTenantOnly_WhoMustSetUpTwoFactor(bool onPostgres)
    {
        using var factory = Factory(onPostgres);
        var name = onPostgres ? "westpg" : "west";
        var manager = factory.Services.GetRequiredService<ITenantManager>();

        var problems = await manager.CreateAsync(new NewTenant(name, "Westshire Council", [], name, "la-portal", Admin), carryOn: false);
        var message = Assert.Single(await factory.SendAndReadAsync(name, factory.DataPath));
        var link = PickupEmails.LinkIn(message);

        Assert.Empty(problems);
        Assert.Equal(Admin, message.To.Mailboxes.Single().Address);
        Assert.Contains("Platform administration has invited you", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Westshire Council, as its administrator", message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith($"https://perspective.test/{name}/activate/", link.ToString(), StringComparison.Ordinal);

        var browser = factory.CreateClient();
        var activated = await browser.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Password"] = Password, ["ConfirmPassword"] = Password });

        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal($"/{name}/sign-in/set-up-two-factor", activated.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"/{name}/admin/users")).StatusCode);

        await browser.SetUpTwoFactorAsync($"/{name}/sign-in/set-up-two-factor");
        var users = await browser.GetAsync($"/{name}/admin/users");

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal([BuiltInRoles.LaAdmin], await RolesOfAsync(factory, name));
        Assert.Equal(0, await factory.QueryAsync(db => db.Users.CountAsync(u => u.Email == Admin)));
        Assert.Equal(["users.invited", "tenants.created", "users.activated"],
            (await factory.AuditActionsAsync(name)).Where(a => a is "tenants.created" or "users.invited" or "users.activated"));

        if (onPostgres)
        {
            await manager.DeleteAsync(name);
        }
    }

    [Fact]
    public async Task CreatingATenant_WithABadAdminEmail_SaysWhy_AndCreatesNothing()
    {
        using var factory = new PerspectiveFactory();

        var problems = await factory.Services.GetRequiredService<ITenantManager>()
            .CreateAsync(new NewTenant("west", "Westshire Council", [], "west", "la-portal", "not an email"), carryOn: false);

        Assert.Equal([("AdminEmail", "Enter an email address in the correct format, like name@example.com")], problems);
        Assert.Null(await factory.Services.GetRequiredService<ITenantCatalog>().FindAsync("west"));
    }

    [Fact]
    public async Task CreatingATenant_ReachedByPrefix_WithAnAdminEmail_ButNoPublicAddress_SaysWhy_AndCreatesNothing()
    {
        using var factory = new PerspectiveFactory().With("Perspective:PublicUrl", "");

        var problems = await factory.Services.GetRequiredService<ITenantManager>()
            .CreateAsync(new NewTenant("west", "Westshire Council", [], "west", "la-portal", Admin), carryOn: false);

        Assert.Contains("Perspective:PublicUrl", Assert.Single(problems).Message, StringComparison.Ordinal);
        Assert.Null(await factory.Services.GetRequiredService<ITenantCatalog>().FindAsync("west"));
    }

    private static Task<List<string>> RolesOfAsync(PerspectiveFactory factory, string tenantName) =>
        factory.QueryAsync(
            db => (from user in db.Users
                   join userRole in db.Set<IdentityUserRole<string>>() on user.Id equals userRole.UserId
                   join role in db.Roles on userRole.RoleId equals role.Id
                   where user.Email == Admin
                   select role.Name!).ToListAsync(),
            tenantName);

    private PerspectiveFactory Factory(bool onPostgres)
    {
        var factory = new PerspectiveFactory().With("Perspective:Email:SenderEnabled", "false");
        if (onPostgres)
        {
            factory.With("Database:Provider", "Postgres").With("Database:ConnectionString", database.ConnectionString);
        }

        return factory;
    }
}
