using Perspective.Recipes;

namespace Perspective.Tests.Modules.Recipes;

/// <summary>
/// Each kind of bad recipe is reported, naming the step, and nothing in the recipe runs. One host for
/// the class; each test runs its recipes in a tenant of its own on it, with the steps' journal emptied.
/// </summary>
public sealed class RecipeValidationTests(RecipesFactory factory) : IClassFixture<RecipesFactory>, IAsyncLifetime
{
    private readonly RecipesFactory _factory = factory;
    private readonly string _root = Directory.CreateTempSubdirectory("perspective-recipe-").FullName;

    [Fact]
    public async Task MalformedJson_IsReportedWithLineAndColumn_AndNothingRuns()
    {
        const string json = """
            {
              "name": "broken",
              "steps": [
                { "name" }
              ]
            }
            """;

        var errors = await RejectedAsync(RecipeSource.FromJson("broken.recipe.json", json));

        var error = Assert.Single(errors);
        Assert.StartsWith("The recipe is not valid JSON: line 4, column 14: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingName_IsReported_AndNothingRuns()
    {
        var errors = await RejectedAsync(Recipe(name: null, """{ "name": "record", "message": "ran" }"""));

        Assert.Equal(["The recipe has no name: add a \"name\" such as \"my-recipe\"."], errors);
    }

    [Fact]
    public async Task NameThatIsNotALowerCaseSlug_IsReported_AndNothingRuns()
    {
        var errors = await RejectedAsync(Recipe(name: "My Recipe", """{ "name": "record", "message": "ran" }"""));

        Assert.Equal(["The recipe's name 'My Recipe' must use only lower-case letters, digits and hyphens, like \"my-recipe\"."], errors);
    }

    [Fact]
    public async Task StepsThatAreNotAnArray_AreReported()
    {
        var errors = await RejectedAsync(RecipeSource.FromJson("x", """{ "name": "x", "steps": { "name": "record", "message": "ran" } }"""));

        Assert.Equal(["The recipe's steps must be an array."], errors);
    }

    [Fact]
    public async Task StepsThatAreNotObjectsOrHaveNoName_AreReportedByIndex()
    {
        var errors = await RejectedAsync(Recipe("x", """{ "name": "record", "message": "ran" }""", "\"features\"", """{ "message": "no name" }"""));

        Assert.Equal(["Step 2: a step must be a JSON object.", "Step 3: the step has no name."], errors);
    }

    [Fact]
    public async Task UnknownStep_IsReportedWithItsIndexAndName_AndNothingRuns()
    {
        var errors = await RejectedAsync(Recipe("x", """{ "name": "record", "message": "ran" }""", """{ "name": "record", "message": "ran" }""", """{ "name": "foo" }"""));

        Assert.Equal(["Step 3 (foo): no enabled module handles this step"], errors);
    }

    [Fact]
    public async Task HandlersOwnValidationError_IsPrefixedWithTheStepsIndexAndName()
    {
        var errors = await RejectedAsync(Recipe("x", """{ "name": "record", "message": "ran" }""", """{ "name": "record" }"""));

        Assert.Equal(["Step 2 (record): message is required"], errors);
    }

    [Fact]
    public async Task MissingReferencedFile_IsReportedByTheStep()
    {
        var path = WriteRecipe("""{ "name": "record", "message": "ran" }""", """{ "name": "file", "path": "data/schools.csv" }""");

        var errors = await RejectedAsync(RecipeSource.FromFile(path));

        Assert.Equal(["Step 2 (file): the file 'data/schools.csv' is not in the recipe"], errors);
    }

    [Fact]
    public async Task PathThatEscapesTheRecipesFolder_IsRefused_EvenWhenTheFileExists()
    {
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
        var path = WriteRecipe("""{ "name": "record", "message": "ran" }""", """{ "name": "file", "path": "../secret.txt" }""");

        var errors = await RejectedAsync(RecipeSource.FromFile(path));

        Assert.Equal(["Step 2 (file): The file path '../secret.txt' is refused: a file path must not contain '..'."], errors);
    }

    [Fact]
    public async Task AbsolutePath_IsRefused()
    {
        var path = WriteRecipe("""{ "name": "file", "path": "/etc/hostname" }""");

        var errors = await RejectedAsync(RecipeSource.FromFile(path));

        Assert.Equal(["Step 1 (file): The file path '/etc/hostname' is refused: a file path must be relative to the recipe's folder."], errors);
    }

    [Fact]
    public async Task UnknownVariable_IsReportedWithTheStep_AndNothingRuns()
    {
        var errors = await RejectedAsync(Recipe("x", """{ "name": "record", "message": "ran" }""", """{ "name": "record", "message": "Welcome to {{ siteNam }}" }"""),
            new Dictionary<string, string> { ["siteName"] = "Northshire" });

        Assert.Equal(["Step 2 (record): unknown variable 'siteNam' in \"{{ siteNam }}\""], errors);
    }

    [Fact]
    public async Task EveryProblem_IsReported_NotOnlyTheFirst()
    {
        var errors = await RejectedAsync(Recipe(null, """{ "name": "record" }""", """{ "name": "foo" }""", """{ "name": "record", "message": "{{ nope }}" }"""));

        Assert.Equal(
        [
            "The recipe has no name: add a \"name\" such as \"my-recipe\".",
            "Step 1 (record): message is required",
            "Step 2 (foo): no enabled module handles this step",
            "Step 3 (record): unknown variable 'nope' in \"{{ nope }}\"",
        ], errors);
    }

    [Fact]
    public async Task ValidRecipe_Validates_WithoutRunning()
    {
        var result = await _factory.ValidateAsync(Recipe("x", """{ "name": "record", "message": "ran" }"""));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("x", result.Recipe?.Name);
        Assert.Empty(_factory.Journal.Entries);
    }

    public Task InitializeAsync() => _factory.UseFreshTenantAsync();

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Runs the recipe, checks it was refused without running anything, and returns the errors.</summary>
    private async Task<IReadOnlyList<string>> RejectedAsync(RecipeSource source, IReadOnlyDictionary<string, string>? values = null)
    {
        var validated = await _factory.ValidateAsync(source, values);
        var run = await _factory.RunAsync(source, values, _factory.Journal);

        Assert.False(run.Succeeded);
        Assert.Equal(validated.Errors, run.Errors);
        Assert.Empty(_factory.Journal.Entries);
        return run.Errors;
    }

    private string WriteRecipe(params string[] steps)
    {
        // The recipe sits one folder down, so a path can try to climb out to _root.
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "recipe")).FullName, "test.recipe.json");
        File.WriteAllText(path, RecipeJson.Build("test", steps));
        return path;
    }

    private static RecipeSource Recipe(string? name, params string[] steps) => RecipeSource.FromJson("test.recipe.json", RecipeJson.Build(name, steps));
}
