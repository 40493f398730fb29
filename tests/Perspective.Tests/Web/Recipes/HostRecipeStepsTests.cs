using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Settings;
using Perspective.Recipes;
using Perspective.Tests.Modules.Recipes;

namespace Perspective.Tests.Web.Recipes;

/// <summary>The host's own steps, <c>features</c> and <c>settings</c>, given data that does not bind.</summary>
public sealed class HostRecipeStepsTests : IDisposable
{
    private readonly RecipesFactory _factory = new();

    [Theory]
    [InlineData("""{ "name": "features", "enable": "Perspective.Audit" }""", "Step 1 (features): steps[1].enable: 'enable' must be a list of module names.")]
    [InlineData("""{ "name": "features", "enabled": ["Perspective.Audit"] }""", "Step 1 (features): steps[1].enabled: 'enabled' is not a recognised property.")]
    [InlineData("""{ "name": "settings", "values": { "site.name": 5 } }""", "Step 1 (settings): steps[1].values['site.name']: 'site.name' must be text.")]
    [InlineData("""{ "name": "settings" }""", "Step 1 (settings): steps[1].values: 'values' is missing; it must be an object of setting names and text values.")]
    [InlineData("""{ "name": "settings", "values": { "site.name": "North" }, "secrets": { } }""", "Step 1 (settings): steps[1].secrets: 'secrets' is not a recognised property.")]
    public async Task AStepThatDoesNotBind_IsRefusedNamingTheStepThePropertyAndTheProblem(string step, string expected)
    {
        var before = await SettingsAsync();

        var result = await _factory.RunAsync(RecipeSource.FromJson("test.recipe.json", $$"""{ "name": "test", "steps": [ {{step}} ] }"""));

        Assert.Equal([expected], result.Errors);
        Assert.Equal(before, await SettingsAsync());
    }

    [Fact]
    public async Task Settings_AreStored_AndExportedSortedByName()
    {
        var result = await _factory.RunAsync(RecipeSource.FromJson("test.recipe.json", """{ "name": "test", "steps": [ { "name": "settings", "values": { "site.support": "help@example.gov.uk", "site.banner": "Welcome" } } ] }"""));
        var exported = System.Text.Encoding.UTF8.GetString(await _factory.ExportAsync());

        Assert.Empty(result.Errors);
        var settings = await SettingsAsync();
        Assert.Equal(("Welcome", "help@example.gov.uk"), (settings["site.banner"], settings["site.support"]));
        var step = System.Text.Json.Nodes.JsonNode.Parse(exported)!["steps"]!.AsArray().Single(s => (string?)s!["name"] == "settings")!;
        var names = step["values"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal("Welcome", (string?)step["values"]!["site.banner"]);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<IReadOnlyDictionary<string, string>> SettingsAsync()
    {
        await using var scope = await _factory.DefaultTenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<ISiteSettings>().GetAllAsync();
    }
}
