using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Security;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Users.People;

public sealed class SqliteUserDirectoryTests : UserDirectoryTests
{
    protected override PerspectiveFactory Host() => new();
}

public sealed class PostgresUserDirectoryTests : UserDirectoryTests, IAsyncLifetime
{
    // A database of its own for each test: each adds the same people.
    private readonly PostgresDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    protected override PerspectiveFactory Host() => new PerspectiveFactory()
        .With("Database:Provider", "Postgres")
        .With("Database:ConnectionString", database.ConnectionString);
}

/// <summary>Other modules see only active people, by the Users module's rule, and only of the organisation asked about.</summary>
public abstract class UserDirectoryTests
{
    private const string School = "100001";
    private const string OtherSchool = "100002";

    protected abstract PerspectiveFactory Host();

    [Fact]
    public async Task ActivePeople_AreTheOrganisationsActiveHoldersOfTheRoles_OrderedByEmail()
    {
        using var factory = Host();
        await AddPeopleAsync(factory);
        await using var scope = await factory.TenantScopeAsync();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();

        var heads = await directory.ActivePeopleAsync(School, [BuiltInRoles.Headteacher]);
        var either = await directory.ActivePeopleAsync(School, [BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser]);
        var both = await directory.ActivePeopleAsync(School, [BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser], BuiltInRoles.SchoolUser);

        Assert.Equal(["active.head@school.test"], heads.Select(p => p.Email));
        Assert.Equal(["active.head@school.test", "active.user@school.test"], either.Select(p => p.Email));
        Assert.Equal(["active.user@school.test"], both.Select(p => p.Email));
        Assert.Equal("Active Head", heads[0].Name);
    }

    [Fact]
    public async Task InvitedAndDeactivatedAccounts_AreNotActive_ButAreFoundByEmail()
    {
        using var factory = Host();
        var ids = await AddPeopleAsync(factory);
        await using var scope = await factory.TenantScopeAsync();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();

        var invited = await directory.FindByEmailAsync(School, " Invited.Head@School.test ");
        var active = await directory.FindByEmailAsync(School, "active.head@school.test");
        var elsewhere = await directory.FindByEmailAsync(School, "other.head@school.test");

        Assert.NotNull(invited);
        Assert.False(invited.IsActive);
        Assert.Equal([BuiltInRoles.Headteacher], invited.Roles);
        Assert.True(active!.IsActive);
        Assert.Null(elsewhere);
        Assert.Null(await directory.ActivePersonAsync(School, ids["deactivated.head@school.test"]));
        Assert.Null(await directory.ActivePersonAsync(School, ids["other.head@school.test"]));
        Assert.Equal("active.head@school.test", (await directory.ActivePersonAsync(School, ids["active.head@school.test"]))!.Email);
        Assert.Equal("Deactivated Head", (await directory.DisplayNamesAsync([ids["deactivated.head@school.test"], "gone"]))[ids["deactivated.head@school.test"]]);
        Assert.Contains(BuiltInRoles.SchoolUser, await directory.RoleNamesAsync());
    }

    private static async Task<Dictionary<string, string>> AddPeopleAsync(PerspectiveFactory factory)
    {
        await using var scope = await factory.TenantScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PerspectiveUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { BuiltInRoles.Headteacher, BuiltInRoles.SchoolUser })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Assert.True((await roles.CreateAsync(new IdentityRole(role))).Succeeded);
            }
        }

        var ids = new Dictionary<string, string>();
        async Task AddAsync(string name, string organisation, bool activated, bool deactivated, params string[] held)
        {
            var email = name.Replace(' ', '.').ToLowerInvariant() + "@school.test";
            var user = new PerspectiveUser
            {
                UserName = email,
                Email = email,
                DisplayName = name,
                OrganisationId = organisation,
                CreatedUtc = ClockFactory.Start,
                ActivatedUtc = activated ? ClockFactory.Start : null,
                DeactivatedUtc = deactivated ? ClockFactory.Start : null,
            };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True((await users.AddToRolesAsync(user, held)).Succeeded);
            ids[email] = user.Id;
        }

        await AddAsync("Active Head", School, activated: true, deactivated: false, BuiltInRoles.Headteacher);
        await AddAsync("Active User", School, activated: true, deactivated: false, BuiltInRoles.SchoolUser);
        await AddAsync("Invited Head", School, activated: false, deactivated: false, BuiltInRoles.Headteacher);
        await AddAsync("Deactivated Head", School, activated: true, deactivated: true, BuiltInRoles.Headteacher);
        await AddAsync("Other Head", OtherSchool, activated: true, deactivated: false, BuiltInRoles.Headteacher);
        return ids;
    }
}
