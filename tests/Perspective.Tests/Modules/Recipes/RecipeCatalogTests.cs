using Microsoft.Extensions.DependencyInjection;
using Perspective.Recipes;

namespace Perspective.Tests.Modules.Recipes;

public sealed class RecipeCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perspective-recipes-").FullName;
    private readonly RecipesFactory _factory = new();

    public RecipeCatalogTests() => _factory.With("Perspective:RecipesPath", _folder);

    [Fact]
    public async Task Catalogue_ListsEveryRecipeFile_ByName_WithWhatItSaysAboutItself()
    {
        Write("la.recipe.json", """{ "name": "local-authority", "displayName": "Local Authority", "description": "A new LA's portal.", "isSetupRecipe": true, "steps": [] }""");
        Write("samples/demo.recipe.json", """{ "name": "demo", "displayName": "Demo content", "steps": [] }""");
        Write("notes.json", """{ "name": "not-a-recipe", "steps": [] }""");

        var entries = await Catalog().ListAsync();

        Assert.Equal(["demo", "local-authority"], entries.Select(e => e.Name));
        var la = entries[1];
        Assert.Equal(("Local Authority", "A new LA's portal.", true, true), (la.DisplayName, la.Description, la.IsSetupRecipe, la.IsValid));
        Assert.Equal(Path.Combine(_folder, "la.recipe.json"), la.FilePath);
        Assert.False(entries[0].IsSetupRecipe);
    }

    [Fact]
    public async Task AFileThatDoesNotParse_IsListedAsInvalid_NotThrown()
    {
        Write("good.recipe.json", """{ "name": "good", "steps": [] }""");
        Write("broken.recipe.json", "{ \"name\": \"broken\",\n  \"steps\": [ }");

        var entries = await Catalog().ListAsync();

        var broken = Assert.Single(entries, e => !e.IsValid);
        Assert.Equal("broken", broken.Name);
        Assert.StartsWith("The recipe is not valid JSON: line 2, column ", Assert.Single(broken.Errors), StringComparison.Ordinal);
        Assert.True(Assert.Single(entries, e => e.Name == "good").IsValid);
    }

    [Fact]
    public async Task TwoFilesWithOneName_TheSecondIsInvalid()
    {
        Write("a.recipe.json", """{ "name": "same", "steps": [] }""");
        Write("b.recipe.json", """{ "name": "same", "steps": [] }""");

        var entries = await Catalog().ListAsync();

        Assert.Equal([true, false], entries.Select(e => e.IsValid));
        Assert.Equal(["The name 'same' is already used by a.recipe.json."], entries[1].Errors);
    }

    [Fact]
    public async Task Find_ReturnsTheRecipeWithThatName_OrNull()
    {
        Write("la.recipe.json", """{ "name": "local-authority", "steps": [ { "name": "record", "message": "set up" } ] }""");

        var found = await Catalog().FindAsync("local-authority");
        var missing = await Catalog().FindAsync("academy-trust");

        Assert.NotNull(found);
        Assert.Null(missing);
        Assert.True((await _factory.RunAsync(found.ToSource())).Succeeded);
        Assert.Equal(["1:set up"], _factory.Journal.Entries);
    }

    [Fact]
    public async Task AMissingFolder_ListsNothing()
    {
        Directory.Delete(_folder, recursive: true);

        Assert.Empty(await Catalog().ListAsync());
    }

    [Fact]
    public void ByDefault_RecipesAreLookedForBesideTheApplication()
    {
        using var factory = new RecipesFactory();

        var catalog = factory.Services.GetRequiredService<IRecipeCatalog>();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "recipes"), catalog.Folder);
    }

    public void Dispose()
    {
        _factory.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private IRecipeCatalog Catalog() => _factory.Services.GetRequiredService<IRecipeCatalog>();

    private void Write(string relativePath, string json)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }
}
