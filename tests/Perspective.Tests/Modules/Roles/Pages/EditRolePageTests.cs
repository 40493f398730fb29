using System.Net;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Security;
using Perspective.Roles;
using Perspective.Roles.Data;
using Perspective.Tests.Infrastructure;
using Perspective.Users;

namespace Perspective.Tests.Modules.Roles.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class EditRolePageTests(RolesFactory factory) : IClassFixture<RolesFactory>, IAsyncLifetime
{
    private static readonly string EditorPath = "/admin/roles/" + Uri.EscapeDataString(BuiltInRoles.LaEditor);
    private static readonly string AdminPath = "/admin/roles/" + Uri.EscapeDataString(BuiltInRoles.LaAdmin);

    private readonly RolesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    [Fact]
    public async Task TheEditPage_TicksABuiltInRolesDefaults_InAFieldsetPerModule()
    {
        var html = await LaAdmin.GetStringAsync(AdminPath);

        Assert.Contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Roles</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Users</legend>", html, StringComparison.Ordinal);
        Assert.Matches("<input checked=\"checked\"[^>]*name=\"Granted\\[Perspective.Roles\\]\"[^>]*value=\"ManageRoles\"", html);
        Assert.DoesNotMatch("<input checked=\"checked\"[^>]*value=\"ManageOwnSchoolUsers\"", html);
    }

    [Fact]
    public async Task Saving_ABuiltInRole_StoresExactlyTheTickedPermissions_AndAuditsTheChange()
    {
        var response = await LaAdmin.SubmitPairsAsync(EditorPath,
        [
            ("Description", "Publishes news"),
            ($"Granted[Perspective.Users]", UsersPermissions.ManageUsers.Name),
            ($"Granted[Perspective.Audit]", "ViewAuditTrail"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["ManageUsers", "ViewAuditTrail"], await _factory.GrantsOfAsync(BuiltInRoles.LaEditor));
        var definition = Assert.Single(await _factory.DefinitionsAsync());
        Assert.Equal((BuiltInRoles.LaEditor, "Publishes news", RoleHolders.LaTeam, true), (definition.Name, definition.Description, definition.Holders, definition.IsBuiltIn));
        Assert.Contains("roles.changed", await _factory.AuditActionsAsync());
        var details = await _factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "roles.changed").Select(e => e.Details).SingleAsync());
        Assert.Contains("Added: ManageUsers", details, StringComparison.Ordinal);
        Assert.True(await _factory.IdentityRoleExistsAsync(BuiltInRoles.LaEditor));
    }

    [Fact]
    public async Task Saving_ReportsRemovedPermissions_AgainstWhatTheRoleHeldBefore()
    {
        await _factory.PutRoleAsync(BuiltInRoles.LaEditor, RoleHolders.LaTeam, UsersPermissions.ManageUsers.Name, "ViewAuditTrail");

        await LaAdmin.SubmitPairsAsync(EditorPath, [("Description", ""), ("Granted[Perspective.Audit]", "ViewAuditTrail")]);

        Assert.Equal(["ViewAuditTrail"], await _factory.GrantsOfAsync(BuiltInRoles.LaEditor));
        var details = await _factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "roles.changed").Select(e => e.Details).SingleAsync());
        Assert.Equal("Added: none. Removed: ManageUsers.", details);
    }

    [Fact]
    public async Task ASchoolRole_CannotBeGivenAPermissionForLaStaff_AndNothingIsSaved()
    {
        var path = "/admin/roles/" + Uri.EscapeDataString(BuiltInRoles.SchoolStaff);
        var page = await LaAdmin.GetStringAsync(path);

        var response = await LaAdmin.SubmitPairsAsync(path, [("Description", ""), ("Granted[Perspective.Users]", UsersPermissions.ManageUsers.Name)]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Matches("<input[^>]*disabled=\"disabled\"[^>]*value=\"ManageUsers\"", page);
        Assert.Contains("School staff is a role for school staff, so it cannot hold", html, StringComparison.Ordinal);
        Assert.Contains("that is for LA staff only", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.DefinitionsAsync());
    }

    [Fact]
    public async Task TakingManageRolesFromTheEditorsOnlyRoleThatHoldsIt_IsRefused_AndNothingIsSaved()
    {
        var response = await LaAdmin.SubmitPairsAsync(AdminPath, [("Description", ""), ("Granted[Perspective.Users]", UsersPermissions.ManageUsers.Name)]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Granted_Perspective_Roles_\"", html, StringComparison.Ordinal);
        Assert.Contains("so you could no longer manage roles", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.DefinitionsAsync());
        Assert.DoesNotContain("roles.changed", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task TakingManageRolesFromARole_IsAllowed_WhenAnotherOfTheEditorsRolesHoldsIt()
    {
        var both = _factory.ClientFor("Pat Platform", BuiltInRoles.LaAdmin, BuiltInRoles.PlatformAdmin);

        var response = await both.SubmitPairsAsync(AdminPath, [("Description", ""), ("Granted[Perspective.Users]", UsersPermissions.ManageUsers.Name)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["ManageUsers"], await _factory.GrantsOfAsync(BuiltInRoles.LaAdmin));
    }

    [Fact]
    public async Task ADescriptionOver500Characters_IsRefused()
    {
        var response = await LaAdmin.SubmitPairsAsync(EditorPath, [("Description", new string('x', 501))]);

        Assert.Contains("Description must be 500 characters or fewer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _factory.DefinitionsAsync());
    }

    [Fact]
    public async Task AnUndeclaredPermission_IsIgnored()
    {
        await LaAdmin.SubmitPairsAsync(EditorPath, [("Granted[Perspective.Users]", "RuleTheWorld"), ("Granted[Perspective.Audit]", "ViewAuditTrail")]);

        Assert.Equal(["ViewAuditTrail"], await _factory.GrantsOfAsync(BuiltInRoles.LaEditor));
    }

    [Fact]
    public async Task AnUnknownRole_IsNotFound()
    {
        var admin = LaAdmin;
        var token = await admin.AntiforgeryTokenAsync(EditorPath);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/roles/Wizard")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/admin/roles/Wizard", form)).StatusCode);
    }

    [Fact]
    public async Task AHeadteacher_IsForbidden()
    {
        var head = _factory.ClientForOrganisation("Hetty", "school-100001", BuiltInRoles.Headteacher);

        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync(EditorPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/admin/roles")).StatusCode);
    }

}
