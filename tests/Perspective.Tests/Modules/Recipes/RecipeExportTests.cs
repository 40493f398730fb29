using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Recipes;
using Perspective.Recipes;

namespace Perspective.Tests.Modules.Recipes;

public sealed class RecipeExportTests : IDisposable
{
    private readonly RecipesFactory _factory = new()
    {
        Configure = services =>
        {
            // Registered out of order: the exporter must sort them.
            services.AddScoped<IRecipeExportSource, LaterExportSource>();
            services.AddScoped<IRecipeExportSource, ZuluExportSource>();
            services.AddScoped<IRecipeExportSource, AlphaExportSource>();
        },
    };

    [Fact]
    public async Task ExportingTwice_GivesTheSameBytes()
    {
        var first = await _factory.ExportAsync();
        var second = await _factory.ExportAsync();

        Assert.Equal(first, second);
        Assert.Contains("test-zulu", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsARecipe_WithItsFieldsInAFixedOrder_AndUnixLineEndings()
    {
        var text = Encoding.UTF8.GetString(await _factory.ExportAsync());
        using var recipe = JsonDocument.Parse(text);

        Assert.Equal(["name", "displayName", "description", "version", "isSetupRecipe", "steps"], recipe.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("export", recipe.RootElement.GetProperty("name").GetString());
        Assert.Equal("1", recipe.RootElement.GetProperty("version").GetString());
        Assert.False(recipe.RootElement.GetProperty("isSetupRecipe").GetBoolean());
        Assert.StartsWith("{\n  \"name\": \"export\",\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public async Task Steps_AreOrderedBySourceOrder_ThenBySourceTypeName_WithTheirNameFirst()
    {
        using var recipe = JsonDocument.Parse(await _factory.ExportAsync());
        var steps = recipe.RootElement.GetProperty("steps").EnumerateArray().ToList();

        Assert.Equal(
            ["test-alpha-1", "test-alpha-2", "test-zulu", "test-later"],
            steps.Select(s => s.GetProperty("name").GetString()).Where(n => n!.StartsWith("test-", StringComparison.Ordinal)));
        var zulu = steps.Single(s => s.GetProperty("name").GetString() == "test-zulu");
        Assert.Equal(["name", "subject", "count"], zulu.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Hello {{{{ Model.Name }}", zulu.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task AnExport_RunsAsARecipe_AndGivesItsTemplatesBackUnchanged()
    {
        using var factory = new RecipesFactory { Configure = services => services.AddScoped<IRecipeExportSource, TemplateExportSource>() };
        var exported = await factory.ExportAsync();

        await using var file = new MemoryStream(exported);
        var result = await factory.RunAsync(await RecipeSource.FromStreamAsync("configuration.recipe.json", file));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["1:Dear {{ Model.Name }}"], factory.Journal.Entries);
    }

    public void Dispose() => _factory.Dispose();
}
