using System.Net;
using Perspective.Core.Security;
using Perspective.Roles.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Roles.Pages;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class AddRolePageTests(RolesFactory factory) : IClassFixture<RolesFactory>, IAsyncLifetime
{
    private const string AddPath = "/admin/roles/new";

    private readonly RolesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    [Fact]
    public async Task AddingARole_StoresItWithNoPermissions_AndAnIdentityRole_AndAuditsIt()
    {
        var response = await LaAdmin.SubmitAsync(AddPath, Fields("Designated teacher", "School"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/roles/Designated%20teacher", response.Headers.Location?.OriginalString);
        var definition = Assert.Single(await _factory.DefinitionsAsync());
        Assert.Equal(("Designated teacher", RoleHolders.School, false), (definition.Name, definition.Holders, definition.IsBuiltIn));
        Assert.Empty(await _factory.GrantsOfAsync("Designated teacher"));
        Assert.True(await _factory.IdentityRoleExistsAsync("Designated teacher"));
        Assert.Contains("roles.created", await _factory.AuditActionsAsync());
    }

    [Theory]
    [InlineData("", "School", "Name", "Enter a name for the role")]
    [InlineData("   ", "School", "Name", "Enter a name for the role")]
    [InlineData("LA Admin", "School", "Name", "LA Admin is a built-in role; choose another name")]
    [InlineData("Governor/Trustee", "School", "Name", "Name must not contain / \\ ? # or %")]
    [InlineData("Governor", "", "Holders", "Select who may hold the role")]
    [InlineData("Governor", "Platform", "Holders", "Select who may hold the role")]
    public async Task ABadAnswer_IsRefusedAgainstItsField_AndNothingIsStored(string name, string holders, string field, string message)
    {
        var response = await LaAdmin.SubmitAsync(AddPath, Fields(name, holders));
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<a href=\"#{field}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Empty(await _factory.DefinitionsAsync());
    }

    [Fact]
    public async Task ANameOver100Characters_IsRefused()
    {
        var response = await LaAdmin.SubmitAsync(AddPath, Fields(new string('x', 101), "School"));

        Assert.Contains("Name must be 100 characters or fewer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _factory.DefinitionsAsync());
    }

    [Fact]
    public async Task ANameTakenInAnotherCase_IsRefused()
    {
        await _factory.PutRoleAsync("Designated teacher", RoleHolders.School);

        var response = await LaAdmin.SubmitAsync(AddPath, Fields("DESIGNATED TEACHER", "LaTeam"));

        Assert.Contains("There is already a role called DESIGNATED TEACHER", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await _factory.DefinitionsAsync());
    }

    private static Dictionary<string, string> Fields(string name, string holders) =>
        new() { ["Name"] = name, ["Description"] = "Looks after children in care", ["Holders"] = holders };

}
