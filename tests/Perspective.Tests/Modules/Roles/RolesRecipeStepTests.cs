using System.Text;
using Perspective.Core.Security;
using Perspective.Roles.Data;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Roles;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class RolesRecipeStepTests(RolesFactory factory) : IClassFixture<RolesFactory>, IAsyncLifetime
{
    private const string Teacher = """{ "name": "Designated teacher", "description": "Looks after children in care", "holders": "School", "permissions": ["ManageOwnSchoolUsers"] }""";

    private readonly RolesFactory _factory = factory;

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{ "name": "Designated teacher", "holders": "School", "permissions": ["RuleTheWorld"] }""", "Role 'Designated teacher': no module declares the permission 'RuleTheWorld'.")]
    [InlineData("""{ "name": "Designated teacher", "holders": "Governors", "permissions": [] }""", "Role 'Designated teacher': 'holders' must be Platform, LaTeam or School.")]
    [InlineData("""{ "name": "Designated teacher", "holders": "1", "permissions": [] }""", "Role 'Designated teacher': 'holders' must be Platform, LaTeam or School.")]
    [InlineData("""{ "name": "Designated teacher", "holders": "School" }""", "steps[1].roles[2].permissions: 'permissions' is missing; it must be a list of permission names.")]
    [InlineData("""{ "holders": "School", "permissions": [] }""", "steps[1].roles[2].name: 'name' is missing; it must be text.")]
    [InlineData(Teacher, "Role 'Designated teacher': it is given twice.")]
    [InlineData("""{ "name": "Data manager", "holders": "School", "permissions": ["ManageUsers"] }""", "Role 'Data manager': a role for school staff cannot hold 'ManageUsers', which is for LA staff only.")]
    public async Task ABadRole_IsRefusedNamingIt_AndNothingIsWritten(string role, string expected)
    {
        var result = await _factory.RunRecipeAsync(Recipe($$"""{ "name": "roles", "roles": [ {{Teacher}}, {{role}} ] }"""));

        Assert.Contains($"Step 1 (roles): {expected}", result.Errors);
        Assert.Empty(await _factory.DefinitionsAsync());
    }

    [Theory]
    [InlineData("""{ "name": "roles", "roles": [ { "name": "Designated teacher", "holders": "School", "permissions": "ManageOwnSchoolUsers" } ] }""", "steps[1].roles[1].permissions: 'permissions' must be a list of permission names.")]
    [InlineData("""{ "name": "roles", "roles": [ { "name": "Designated teacher", "permissions": [] } ] }""", "steps[1].roles[1].holders: 'holders' is missing; it must be Platform, LaTeam or School.")]
    [InlineData("""{ "name": "roles", "Roles": [ { "name": "Designated teacher", "holders": "School", "permissions": [] } ] }""", "steps[1].Roles: 'Roles' is not a recognised property.")]
    public async Task AStepThatDoesNotBind_IsRefusedNamingTheStepThePropertyAndTheProblem(string step, string expected)
    {
        var result = await _factory.RunRecipeAsync(Recipe(step));

        Assert.Equal([$"Step 1 (roles): {expected}"], result.Errors);
        Assert.Empty(await _factory.DefinitionsAsync());
    }

    [Fact]
    public async Task AStepWithNothingToDo_IsRefused()
    {
        var result = await _factory.RunRecipeAsync(Recipe("""{ "name": "roles" }"""));

        Assert.Contains("Step 1 (roles): Give 'roles', 'builtInDefaults' or both.", result.Errors);
    }

    [Fact]
    public async Task ARole_IsStoredAsGiven_WithItsIdentityRole()
    {
        var result = await _factory.RunRecipeAsync(Recipe($$"""{ "name": "roles", "roles": [ {{Teacher}} ] }"""));

        Assert.Empty(result.Errors);
        var definition = Assert.Single(await _factory.DefinitionsAsync());
        Assert.Equal(("Designated teacher", "Looks after children in care", RoleHolders.School, false), (definition.Name, definition.Description, definition.Holders, definition.IsBuiltIn));
        Assert.Equal(["ManageOwnSchoolUsers"], await _factory.GrantsOfAsync("Designated teacher"));
        Assert.True(await _factory.IdentityRoleExistsAsync("Designated teacher"));
    }

    [Fact]
    public async Task BuiltInDefaults_DefinesEveryBuiltInRoleWithItsDefaultsAndHolders_LeavingSavedRolesAlone()
    {
        await _factory.PutRoleAsync(BuiltInRoles.LaEditor, RoleHolders.LaTeam, "ViewAuditTrail");

        var result = await _factory.RunRecipeAsync(Recipe("""{ "name": "roles", "builtInDefaults": true }"""));

        Assert.Empty(result.Errors);
        var definitions = (await _factory.DefinitionsAsync()).ToDictionary(d => d.Name);
        Assert.Equal(BuiltInRoles.All.Order(StringComparer.Ordinal), definitions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(RoleHolders.Platform, definitions[BuiltInRoles.PlatformAdmin].Holders);
        Assert.Equal(RoleHolders.LaTeam, definitions[BuiltInRoles.VirtualSchoolOfficer].Holders);
        Assert.Equal(RoleHolders.School, definitions[BuiltInRoles.SchoolStaff].Holders);
        Assert.Contains("ManageRoles", await _factory.GrantsOfAsync(BuiltInRoles.LaAdmin));
        Assert.Equal(["ManageOwnSchoolUsers"], (await _factory.GrantsOfAsync(BuiltInRoles.Headteacher)).Where(p => p.StartsWith("Manage", StringComparison.Ordinal)));
        Assert.Equal(["ViewAuditTrail"], await _factory.GrantsOfAsync(BuiltInRoles.LaEditor));
    }

    [Fact]
    public async Task RunningTwice_ChangesNothingTheSecondTime()
    {
        var recipe = Recipe($$"""{ "name": "roles", "roles": [ {{Teacher}} ], "builtInDefaults": true }""");
        await _factory.RunRecipeAsync(recipe);
        var first = (await _factory.DefinitionsAsync()).Select(d => (d.Name, d.Description, d.Holders, d.UpdatedUtc)).ToList();
        var exportedFirst = await _factory.ExportAsync();

        var second = await _factory.RunRecipeAsync(recipe);

        Assert.Empty(second.Errors);
        Assert.Equal(first, (await _factory.DefinitionsAsync()).Select(d => (d.Name, d.Description, d.Holders, d.UpdatedUtc)).ToList());
        Assert.Equal(exportedFirst, await _factory.ExportAsync());
    }

    [Fact]
    public async Task Export_CarriesEveryDefinitionSortedByName_AndImportsIntoAnotherTenantAsTheSame()
    {
        await _factory.CreateTenantAsync("source", prefix: "source");
        await _factory.RunRecipeAsync(Recipe($$"""{ "name": "roles", "roles": [ {{Teacher}}, { "name": "Attendance officer", "holders": "LaTeam", "permissions": ["ViewAuditTrail", "ManageUsers"] } ] }"""), "source");

        var exported = Encoding.UTF8.GetString(await _factory.ExportAsync("source"));
        await _factory.CreateTenantAsync("copy", prefix: "copy");
        var result = await _factory.RunRecipeAsync(exported, "copy");

        Assert.Empty(result.Errors);
        Assert.True(exported.IndexOf("\"name\": \"Attendance officer\"", StringComparison.Ordinal) < exported.IndexOf("\"name\": \"Designated teacher\"", StringComparison.Ordinal));
        Assert.True(exported.IndexOf("\"ManageUsers\"", StringComparison.Ordinal) < exported.IndexOf("\"ViewAuditTrail\"", StringComparison.Ordinal));
        Assert.Equal(exported, Encoding.UTF8.GetString(await _factory.ExportAsync("copy")));
        Assert.Equal(["ManageUsers", "ViewAuditTrail"], await _factory.GrantsOfAsync("Attendance officer", "copy"));
    }

    [Fact]
    public async Task TheLaPortalRecipe_DefinesTheBuiltInRoles_AndDesignatedTeacher()
    {
        await _factory.CreateTenantAsync("north", prefix: "north");

        var definitions = await _factory.DefinitionsAsync("north");
        Assert.Equal(BuiltInRoles.All.Count + 1, definitions.Count);
        Assert.Contains(definitions, d => d.Name == "Designated teacher");
    }

    private static string Recipe(string step) => $$"""{ "name": "test", "steps": [ {{step}} ] }""";

}
