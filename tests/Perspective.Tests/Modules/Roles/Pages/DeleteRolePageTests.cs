using System.Net;
using Perspective.Core.Security;
using Perspective.Roles.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Roles.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class DeleteRolePageTests(RolesFactory factory) : IClassFixture<RolesFactory>, IAsyncLifetime
{
    private const string DeletePath = "/admin/roles/Designated%20teacher/delete";

    private readonly RolesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    [Fact]
    public async Task DeletingARoleNobodyHolds_RemovesItAndItsIdentityRole_AndAuditsIt()
    {
        await _factory.PutRoleAsync("Designated teacher", RoleHolders.School, "ManageOwnSchoolUsers");

        var response = await LaAdmin.SubmitAsync(DeletePath, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await _factory.DefinitionsAsync());
        Assert.Empty(await _factory.GrantsOfAsync("Designated teacher"));
        Assert.False(await _factory.IdentityRoleExistsAsync("Designated teacher"));
        Assert.Contains("roles.deleted", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task DeletingARoleSomeoneHolds_IsRefused_SayingHowManyHoldIt()
    {
        await _factory.PutRoleAsync("Designated teacher", RoleHolders.School);
        await _factory.CreateAccountAsync("dt1@school.test", ["Designated teacher"]);
        await _factory.CreateAccountAsync("dt2@school.test", ["Designated teacher"]);

        var response = await LaAdmin.SubmitAsync(DeletePath, new Dictionary<string, string>());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 people hold Designated teacher", html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Single(await _factory.DefinitionsAsync());
        Assert.DoesNotContain("roles.deleted", await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task ABuiltInRole_HasNoDeletePage()
    {
        await _factory.PutRoleAsync(BuiltInRoles.LaEditor, RoleHolders.LaTeam);
        var admin = LaAdmin;
        var token = await admin.AntiforgeryTokenAsync("/admin/roles/new");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/roles/LA%20editor/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/admin/roles/LA%20editor/delete", form)).StatusCode);
        Assert.Single(await _factory.DefinitionsAsync());
    }

}
