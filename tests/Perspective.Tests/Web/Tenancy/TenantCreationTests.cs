using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Web.Tenancy;

public sealed class TenantCreationTests : IDisposable
{
    private readonly DirectoryInfo _recipes = Directory.CreateTempSubdirectory("perspective-recipes-");
    private readonly PerspectiveFactory _factory;

    public TenantCreationTests()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "recipes", "la-portal.recipe.json"), Path.Combine(_recipes.FullName, "la-portal.recipe.json"));
        File.WriteAllText(Path.Combine(_recipes.FullName, "broken.recipe.json"), """
            { "name": "broken", "isSetupRecipe": true, "steps": [ { "name": "features", "enable": ["Perspective.Missing"] } ] }
            """);
        _factory = new PerspectiveFactory().With("Perspective:RecipesPath", _recipes.FullName);
    }

    private ITenantManager Manager => _factory.Services.GetRequiredService<ITenantManager>();

    [Fact]
    public async Task ACreationWhoseRecipeFails_LeavesNothingBehind_SoTheNameCanBeUsedAgain()
    {
        var failed = await Manager.CreateAsync(new NewTenant("west", "Westshire", [], "west", "broken", null), carryOn: false);
        var afterFailure = await _factory.Services.GetRequiredService<ITenantCatalog>().FindAsync("west");
        var retried = await Manager.CreateAsync(new NewTenant("west", "Westshire", [], "west", "la-portal", null), carryOn: false);

        Assert.Contains(failed, p => p.Message.Contains("Perspective.Missing", StringComparison.Ordinal));
        Assert.Null(afterFailure);
        Assert.Empty(retried);
        Assert.Equal(TenantState.Running, (await _factory.Services.GetRequiredService<ITenantCatalog>().FindAsync("west"))!.State);
    }

    [Fact]
    public async Task PlatformAdministration_IsNotInTheMenuOfAnotherTenant()
    {
        await _factory.CreateTenantAsync("north", host: "north.test");
        var header = TestAuthHandler.HeaderValue("Pat Platform", [BuiltInRoles.PlatformAdmin]);
        var atDefault = _factory.ClientOn("perspective.test");
        var atNorth = _factory.ClientOn("north.test");
        atDefault.DefaultRequestHeaders.Add(TestAuthHandler.Header, header);
        atNorth.DefaultRequestHeaders.Add(TestAuthHandler.Header, header);

        var defaultMenu = await atDefault.GetStringAsync("/admin");
        var northMenu = await atNorth.GetStringAsync("/admin");

        Assert.Contains("href=\"/admin/tenants\"", defaultMenu, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/tenants\"", northMenu, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/features\"", northMenu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TempData_WrittenForOneTenant_IsEmptyForAnother()
    {
        await _factory.CreateTenantAsync("south", prefix: "south");
        var provider = _factory.Services.GetRequiredService<ITempDataProvider>();

        await using var defaultScope = await _factory.TenantScopeAsync();
        var writing = new DefaultHttpContext { RequestServices = defaultScope.ServiceProvider };
        provider.SaveTempData(writing, new Dictionary<string, object> { ["Banner"] = "Tenant created" });
        var cookie = writing.Response.Headers.SetCookie.ToString().Split(';')[0];

        var sameTenant = await LoadAsync(provider, cookie, defaultScope.ServiceProvider);
        await using var southScope = await _factory.TenantScopeAsync("south");
        var otherTenant = await LoadAsync(provider, cookie, southScope.ServiceProvider);

        Assert.Equal("Tenant created", sameTenant["Banner"]);
        Assert.Empty(otherTenant);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _recipes.Delete(recursive: true);
    }

    private static Task<IDictionary<string, object>> LoadAsync(ITempDataProvider provider, string cookie, IServiceProvider services)
    {
        var reading = new DefaultHttpContext { RequestServices = services };
        reading.Request.Headers.Cookie = cookie;
        return Task.FromResult(provider.LoadTempData(reading));
    }
}
