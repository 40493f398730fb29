using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Settings;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Web.Tenancy;

public sealed class ConfigurationRoundTripTests : IDisposable
{
    private readonly PerspectiveFactory _factory = new();

    [Fact]
    public async Task Export_ImportIntoAFreshTenant_ExportAgain_GivesTheSameFile()
    {
        await _factory.CreateTenantAsync("source", prefix: "source");
        await RunAsync("source", """
            { "name": "configure", "steps": [
              { "name": "features", "disable": ["Perspective.Audit"] },
              { "name": "settings", "values": { "accounts.liteLimit": "3", "alerts.digestHour": "7" } } ] }
            """);
        var exported = await ExportAsync("source");

        await _factory.CreateTenantAsync("copy", prefix: "copy");
        await RunAsync("copy", System.Text.Encoding.UTF8.GetString(exported));
        var reExported = await ExportAsync("copy");

        Assert.Equal(System.Text.Encoding.UTF8.GetString(exported), System.Text.Encoding.UTF8.GetString(reExported));
        Assert.Contains("\"accounts.liteLimit\": \"3\"", System.Text.Encoding.UTF8.GetString(reExported), StringComparison.Ordinal);
        Assert.DoesNotContain("Perspective.Audit", (await Catalog.FindAsync("copy"))!.EnabledFeatures);
    }

    [Fact]
    public async Task RunningARecipeTwice_ChangesNothingTheSecondTime()
    {
        await _factory.CreateTenantAsync("twice", prefix: "twice");
        const string Recipe = """
            { "name": "configure", "steps": [
              { "name": "features", "enable": ["Perspective.Audit"] },
              { "name": "settings", "values": { "accounts.liteLimit": "2" } } ] }
            """;
        await RunAsync("twice", Recipe);
        var afterFirst = await ExportAsync("twice");
        var settingsAfterFirst = await SettingsAsync("twice");

        await RunAsync("twice", Recipe);

        Assert.Equal(afterFirst, await ExportAsync("twice"));
        Assert.Equal(settingsAfterFirst, await SettingsAsync("twice"));
    }

    [Fact]
    public async Task Export_CarriesNoPersonalData()
    {
        await _factory.CreateAccountAsync("someone.personal@school.test", ["Headteacher"]);

        var exported = System.Text.Encoding.UTF8.GetString(await ExportAsync(Tenant.DefaultName));

        Assert.DoesNotContain("someone.personal", exported, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private ITenantCatalog Catalog => _factory.Services.GetRequiredService<ITenantCatalog>();

    private async Task RunAsync(string tenantName, string json)
    {
        var tenant = (await Catalog.FindAsync(tenantName))!;
        var result = await _factory.Services.GetRequiredService<TenantRecipes>().RunAsync(tenant, RecipeSource.FromJson("test.recipe.json", json), values: null);
        Assert.Empty(result.Errors);
    }

    private async Task<byte[]> ExportAsync(string tenantName)
    {
        await using var scope = await _factory.TenantScopeAsync(tenantName);
        return await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync();
    }

    private async Task<IReadOnlyDictionary<string, string>> SettingsAsync(string tenantName)
    {
        await using var scope = await _factory.TenantScopeAsync(tenantName);
        return await scope.ServiceProvider.GetRequiredService<ISiteSettings>().GetAllAsync();
    }
}
