using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Roles;
using Perspective.Roles.Data;
using Perspective.Roles.Grants;
using Perspective.Tests.Infrastructure;
using Perspective.Users;

namespace Perspective.Tests.Modules.Roles;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class RoleGrantsTests(RolesFactory factory) : IClassFixture<RolesFactory>, IAsyncLifetime
{
    private readonly RolesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheRolesModulesGrants_ReplaceTheKernelDefault()
    {
        await using var scope = await _factory.TenantScopeAsync();

        Assert.IsType<RoleGrants>(scope.ServiceProvider.GetRequiredService<IPermissionGrants>());
    }

    [Fact]
    public async Task ABuiltInRoleWithoutADefinition_HoldsTheDeclaredDefaults()
    {
        Assert.True(await GrantsAsync(BuiltInRoles.LaAdmin, RolesPermissions.ManageRoles.Name));
        Assert.True(await GrantsAsync(BuiltInRoles.Headteacher, UsersPermissions.ManageOwnSchoolUsers.Name));
        Assert.False(await GrantsAsync(BuiltInRoles.LaEditor, RolesPermissions.ManageRoles.Name));
    }

    [Fact]
    public async Task ASavedBuiltInRole_HoldsExactlyItsStoredGrants_ForRequests()
    {
        var editor = _factory.ClientFor("Ed Editor", BuiltInRoles.LaEditor);
        var admin = _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/roles")).StatusCode);

        await _factory.PutRoleAsync(BuiltInRoles.LaEditor, RoleHolders.LaTeam, RolesPermissions.ManageRoles.Name);
        await _factory.PutRoleAsync(BuiltInRoles.LaAdmin, RoleHolders.LaTeam, UsersPermissions.ManageUsers.Name);

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/roles")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/admin/roles")).StatusCode);
    }

    [Fact]
    public async Task ACustomRole_HoldsOnlyWhatItIsGranted()
    {
        await _factory.PutRoleAsync("Designated teacher", RoleHolders.School, UsersPermissions.ManageOwnSchoolUsers.Name);

        Assert.True(await GrantsAsync("Designated teacher", UsersPermissions.ManageOwnSchoolUsers.Name));
        Assert.False(await GrantsAsync("Designated teacher", RolesPermissions.ManageRoles.Name));
    }

    [Fact]
    public async Task AGrantOutsideItsPermissionsScope_CountsForNothing_HoweverItWasStored()
    {
        await _factory.PutRoleAsync("Data manager", RoleHolders.School, UsersPermissions.ManageUsers.Name, UsersPermissions.ManageOwnSchoolUsers.Name);
        await _factory.PutRoleAsync("Operations", RoleHolders.LaTeam, "ManageTenants", UsersPermissions.ManageUsers.Name);

        Assert.False(await GrantsAsync("Data manager", UsersPermissions.ManageUsers.Name));
        Assert.True(await GrantsAsync("Data manager", UsersPermissions.ManageOwnSchoolUsers.Name));
        Assert.False(await GrantsAsync("Operations", "ManageTenants"));
        Assert.True(await GrantsAsync("Operations", UsersPermissions.ManageUsers.Name));
    }

    [Fact]
    public async Task AnUnknownRole_HoldsNothing()
    {
        await using var scope = await _factory.TenantScopeAsync();
        var grants = scope.ServiceProvider.GetRequiredService<IPermissionGrants>();
        var declared = scope.ServiceProvider.GetRequiredService<DeclaredPermissions>();

        foreach (var permission in declared.All)
        {
            Assert.False(await grants.RolesGrantAsync(["Wizard"], permission.Permission.Name));
        }
    }

    [Fact]
    public async Task ASavedRoleWithNoGrants_HoldsNothing_EvenWhereItsDefaultsWould()
    {
        await _factory.PutRoleAsync(BuiltInRoles.Headteacher, RoleHolders.School);

        Assert.False(await GrantsAsync(BuiltInRoles.Headteacher, UsersPermissions.ManageOwnSchoolUsers.Name));
    }

    [Fact]
    public async Task TheGrants_AreReadOncePerScope_SoAChangeCountsFromTheNextRequest()
    {
        await using var scope = await _factory.TenantScopeAsync();
        var grants = scope.ServiceProvider.GetRequiredService<IPermissionGrants>();
        Assert.True(await grants.RolesGrantAsync([BuiltInRoles.LaAdmin], RolesPermissions.ManageRoles.Name));

        await _factory.PutRoleAsync(BuiltInRoles.LaAdmin, RoleHolders.LaTeam);

        Assert.True(await grants.RolesGrantAsync([BuiltInRoles.LaAdmin], RolesPermissions.ManageRoles.Name));
        Assert.False(await GrantsAsync(BuiltInRoles.LaAdmin, RolesPermissions.ManageRoles.Name));
    }

    private async Task<bool> GrantsAsync(string role, string permission)
    {
        await using var scope = await _factory.TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<IPermissionGrants>().RolesGrantAsync([role], permission);
    }

}
