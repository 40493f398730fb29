using Perspective.Recipes;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Modules.Recipes;

public sealed class RecipeRunTests : IDisposable
{
    private readonly RecipesFactory _factory = new();

    [Fact]
    public async Task Variables_AreSubstituted_AndTheCallersValuesWin()
    {
        var json = RecipeJson.Build("welcome", ["""{ "name": "record", "message": "{{ greeting }}, {{siteName}}!" }"""],
            variables: """{ "greeting": "Hello", "siteName": "Default" }""");

        var result = await _factory.RunAsync(RecipeSource.FromJson("welcome.recipe.json", json), new Dictionary<string, string> { ["siteName"] = "Northshire" });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["1:Hello, Northshire!"], _factory.Journal.Entries);
    }

    [Fact]
    public async Task DoubledBraces_AreALiteral_SoAStepCanCarryATemplate()
    {
        var json = RecipeJson.Build("template", ["""{ "name": "record", "message": "Dear {{{{ Model.Name }}, welcome to {{ siteName }}" }"""]);

        await _factory.RunAsync(RecipeSource.FromJson("template.recipe.json", json), new Dictionary<string, string> { ["siteName"] = "Northshire" });

        Assert.Equal(["1:Dear {{ Model.Name }}, welcome to Northshire"], _factory.Journal.Entries);
    }

    [Fact]
    public async Task Steps_RunInOrder_WithProgressReportedBeforeEach()
    {
        var json = RecipeJson.Build("ordered",
        [
            """{ "name": "record", "message": "first" }""",
            """{ "name": "audit" }""",
            """{ "name": "record", "message": "third" }""",
        ]);

        var result = await _factory.RunAsync(RecipeSource.FromJson("ordered.recipe.json", json), progress: _factory.Journal);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(
        [
            "progress 1/3 record", "1:first",
            "progress 2/3 audit",
            "progress 3/3 record", "3:third",
        ], _factory.Journal.Entries);
        Assert.Equal([AuditStep.Action], await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task AStepThatThrows_RollsBackWhatEarlierStepsWrote()
    {
        var json = RecipeJson.Build("failing", ["""{ "name": "audit" }""", """{ "name": "audit" }""", """{ "name": "fail" }"""]);

        var exception = await Assert.ThrowsAsync<RecipeStepException>(() => _factory.RunAsync(RecipeSource.FromJson("failing.recipe.json", json)));

        Assert.Equal(3, exception.StepIndex);
        Assert.Equal("fail", exception.StepName);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
        Assert.Empty(await _factory.AuditActionsAsync());
    }

    [Fact]
    public async Task ARecipeOnDisk_ReadsTheFilesBesideIt()
    {
        var folder = Directory.CreateTempSubdirectory("perspective-recipe-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            await File.WriteAllTextAsync(Path.Combine(folder, "data", "schools.csv"), "urn,name\n100001,Hill Primary\n");
            var path = Path.Combine(folder, "schools.recipe.json");
            await File.WriteAllTextAsync(path, RecipeJson.Build("schools", ["""{ "name": "file", "path": "data/schools.csv" }"""]));

            var result = await _factory.RunAsync(RecipeSource.FromFile(path));

            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            Assert.Equal(["1:urn,name\n100001,Hill Primary"], _factory.Journal.Entries);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AnUploadedRecipe_HasNoFiles()
    {
        await using var upload = new MemoryStream("""{ "name": "upload", "steps": [ { "name": "file", "path": "data/schools.csv" } ] }"""u8.ToArray());

        var result = await _factory.RunAsync(await RecipeSource.FromStreamAsync("upload.recipe.json", upload));

        Assert.Equal(["Step 1 (file): the file 'data/schools.csv' is not in the recipe"], result.Errors);
    }

    public void Dispose() => _factory.Dispose();
}
