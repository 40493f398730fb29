using System.Text;
using Perspective.Core.Organisations;
using Perspective.Organisations.Data;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Organisations.Recipes;

/// <summary>One host for the class; each test in a tenant of its own on it.</summary>
public sealed class OrganisationsRecipeStepTests(OrganisationsFactory factory) : IClassFixture<OrganisationsFactory>, IAsyncLifetime, IDisposable
{
    private readonly OrganisationsFactory _factory = factory;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("perspective-recipe-");

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{ "teams": [ { "id": "virtual-school", "name": "Virtual School" } ] }""", "Team 'virtual-school': the id must be 'team-' then lower-case letters, digits and single hyphens, 64 characters at most.")]
    [InlineData("""{ "teams": [ { "id": "team-a", "name": "A" }, { "id": "team-a", "name": "B" } ] }""", "Team 'team-a' is given twice.")]
    [InlineData("""{ "teams": [ { "name": "A" } ] }""", "steps[2].teams[1].id: 'id' is missing; it must be text.")]
    [InlineData("""{ "teams": "Virtual School" }""", "steps[2].teams: 'teams' must be a list of teams.")]
    [InlineData("""{ "schools": [ { "urn": 12345 } ] }""", "School 1 must be an object with a 6-digit 'urn'.")]
    [InlineData("""{ "schools": [ { "urn": 100001, "laCode": "88", "establishmentNumber": "2001", "name": "A" } ] }""", "School 1 (URN 100001): 'laCode' must be 3 digits.")]
    [InlineData("""{ "schools": [ { "urn": 100001, "laCode": "888", "establishmentNumber": "2001", "name": "A", "edition": "Gold" } ] }""", "School 1 (URN 100001): 'edition' must be Lite or Full.")]
    [InlineData("""{ "schools": [ { "urn": 100001, "laCode": "888", "establishmentNumber": "2001", "name": "A", "accountLimit": 0 } ] }""", "School 1 (URN 100001): 'accountLimit' must be a whole number from 1 to 100, or null.")]
    [InlineData("""{ "schools": [ { "urn": 100009, "edition": "Full" } ] }""", "School 1 (URN 100009) is not in the portal or the GIAS file; give its 'laCode', 'establishmentNumber' and 'name'.")]
    [InlineData("""{ "groups": [ { "name": "G", "kind": "Phase", "members": [] } ] }""", "Group 'G': 'kind' must be Cluster or Custom (phase groups follow GIAS).")]
    [InlineData("""{ "groups": [ { "name": "G", "kind": "Cluster", "members": ["100001", "9999999"] } ] }""", "Group 'G': member 2 ('9999999') is not the URN or DfE number of a school in the portal or in this step.")]
    [InlineData("""{ "giasFile": "data/nowhere.csv" }""", "The GIAS file 'data/nowhere.csv' is not beside the recipe.")]
    public async Task ABadStep_IsRefusedNamingTheItem_AndNothingIsWritten(string step, string expected)
    {
        var json = step.Insert(1, """ "name": "organisations", """);
        var result = await RunAsync(Recipe(GoodStep, json));

        Assert.Contains($"Step 2 (organisations): {expected}", result.Errors);
        Assert.Empty(await _factory.OrganisationsAsync());
    }

    [Theory]
    [InlineData("""{ "schools": [ { "urn": true } ] }""", "steps[2].schools[1].urn: 'urn' must be a number or text.")]
    [InlineData("""{ "groups": [ { "name": "G", "members": [] } ] }""", "steps[2].groups[1].kind: 'kind' is missing; it must be Cluster or Custom.")]
    [InlineData("""{ "schools": [ { "urn": 100001, "edtion": "Full" } ] }""", "steps[2].schools[1].edtion: 'edtion' is not a recognised property.")]
    public async Task AStepThatDoesNotBind_IsRefusedNamingTheStepThePropertyAndTheProblem(string step, string expected)
    {
        var json = step.Insert(1, """ "name": "organisations", """);
        var result = await RunAsync(Recipe(GoodStep, json));

        Assert.Equal([$"Step 2 (organisations): {expected}"], result.Errors);
        Assert.Empty(await _factory.OrganisationsAsync());
    }

    [Fact]
    public async Task BadRowsInTheGiasFile_AreReportedWithTheirLines()
    {
        WriteFile("data/gias.csv", GiasCsv.File(GiasCsv.Row(100001, "2001", "Good"), GiasCsv.Row(100002, "20", "Bad")));

        var result = await RunAsync(Recipe("""{ "name": "organisations", "giasFile": "data/gias.csv" }"""));

        Assert.Contains("Step 1 (organisations): GIAS file 'data/gias.csv' line 3: EstablishmentNumber '20' must be 4 digits.", result.Errors);
        Assert.Empty(await _factory.OrganisationsAsync());
    }

    [Fact]
    public async Task AGoodStep_ImportsTeamsSchoolsEditionsAndGroups()
    {
        WriteFile("data/gias.csv", GiasCsv.File(GiasCsv.Row(100001, "2001", "St Mary's Primary School"), GiasCsv.Row(100002, "2002", "Eastwick Primary School")));

        var result = await RunAsync(Recipe(FullStep));

        Assert.Empty(result.Errors);
        var organisations = (await _factory.OrganisationsAsync()).ToDictionary(o => o.Id);
        Assert.Equal(["school-100001", "school-100002", "school-100003", "team-virtual-school"], organisations.Keys);
        Assert.Equal(SchoolEdition.Full, organisations["school-100001"].Edition);
        Assert.Equal(4, organisations["school-100002"].AccountLimitOverride);
        Assert.Equal(("Inline School", "8882003", "Secondary"), (organisations["school-100003"].Name, organisations["school-100003"].DfeNumber, organisations["school-100003"].Phase));
        var groups = await _factory.GroupsAsync();
        Assert.Equal(["school-100001", "school-100003"], groups["North cluster"].Members);
        Assert.Equal(["school-100003"], groups["Secondary"].Members);
    }

    [Fact]
    public async Task RunningTwice_ChangesNothingTheSecondTime()
    {
        WriteFile("data/gias.csv", GiasCsv.File(GiasCsv.Row(100001, "2001", "St Mary's Primary School"), GiasCsv.Row(100002, "2002", "Eastwick Primary School")));
        await RunAsync(Recipe(FullStep));
        var first = await _factory.OrganisationsAsync();
        var exported = await _factory.ExportAsync();

        var second = await RunAsync(Recipe(FullStep));

        Assert.Empty(second.Errors);
        var again = await _factory.OrganisationsAsync();
        Assert.Equal(first.Select(o => (o.Id, o.Name, o.UpdatedUtc, o.AttributesJson, o.Edition, o.AccountLimitOverride)), again.Select(o => (o.Id, o.Name, o.UpdatedUtc, o.AttributesJson, o.Edition, o.AccountLimitOverride)));
        Assert.Equal(exported, await _factory.ExportAsync());
    }

    [Fact]
    public async Task Export_CarriesTeamsGroupsAndEditions_ButNotGiasData_AndRoundTrips()
    {
        WriteFile("data/gias.csv", GiasCsv.File(GiasCsv.Row(100001, "2001", "St Mary's Primary School"), GiasCsv.Row(100002, "2002", "Eastwick Primary School"), GiasCsv.Row(100003, "2003", "Inline School")));
        await _factory.CreateTenantAsync("source", prefix: "source");
        await _factory.CreateTenantAsync("copy", prefix: "copy");
        var gias = Recipe("""{ "name": "organisations", "giasFile": "data/gias.csv" }""");
        Assert.Empty((await RunAsync(gias, "source")).Errors);
        Assert.Empty((await RunAsync(Recipe(FullStep.Replace("\"giasFile\": \"data/gias.csv\",", "", StringComparison.Ordinal).Replace("\"laCode\": \"888\", \"establishmentNumber\": \"2003\", \"name\": \"Inline School\", \"phase\": \"Secondary\", ", "", StringComparison.Ordinal)), "source")).Errors);

        var exported = Encoding.UTF8.GetString(await _factory.ExportAsync("source"));
        Assert.Empty((await RunAsync(gias, "copy")).Errors);
        var imported = await _factory.RunRecipeAsync(RecipeSource.FromJson("export.recipe.json", exported), "copy");
        var reExported = Encoding.UTF8.GetString(await _factory.ExportAsync("copy"));

        Assert.Empty(imported.Errors);
        Assert.Equal(exported, reExported);
        Assert.Contains("\"team-virtual-school\"", exported, StringComparison.Ordinal);
        Assert.Contains("\"8882001\"", exported, StringComparison.Ordinal);
        Assert.Contains("\"edition\": \"Full\"", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("St Mary", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("Northshire", exported, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo.recipe.json", 383, 3)]
    [InlineData("la-portal.recipe.json", 0, 3)]
    public async Task TheShippedRecipes_Run_AndBringTheirSchoolsAndTeams(string file, int openSchools, int teams)
    {
        // The demo recipe's accounts are allowed only in Development.
        using var factory = new OrganisationsFactory { EnvironmentName = "Development" };
        var result = await factory.RunRecipeAsync(RecipeSource.FromFile(Path.Combine(AppContext.BaseDirectory, "recipes", file)));

        Assert.Empty(result.Errors);
        var organisations = await factory.OrganisationsAsync();
        Assert.Equal(openSchools, organisations.Count(o => o.Kind == OrganisationKind.School && o.IsOpen));
        Assert.Equal(teams, organisations.Count(o => o.Kind == OrganisationKind.LaTeam));
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
    }

    private const string GoodStep = """{ "name": "organisations", "teams": [ { "id": "team-good", "name": "Good team" } ] }""";

    private const string FullStep = """
        { "name": "organisations",
          "teams": [ { "id": "team-virtual-school", "name": "Virtual School" } ],
          "giasFile": "data/gias.csv",
          "schools": [
            { "urn": 100001, "edition": "Full" },
            { "urn": "100002", "accountLimit": 4 },
            { "urn": 100003, "laCode": "888", "establishmentNumber": "2003", "name": "Inline School", "phase": "Secondary", "edition": "Lite" } ],
          "groups": [ { "name": "North cluster", "kind": "Cluster", "members": ["888/2001", "100003"] } ] }
        """;

    private static string Recipe(params string[] steps) => $$"""{ "name": "test", "steps": [ {{string.Join(", ", steps)}} ] }""";

    private void WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(_folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, GiasCsv.Bytes(text));
    }

    private async Task<RecipeResult> RunAsync(string json, string? tenantName = null)
    {
        var path = Path.Combine(_folder.FullName, $"test-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(path, json);
        return await _factory.RunRecipeAsync(RecipeSource.FromFile(path), tenantName);
    }
}
