using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Modules;
using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Tenancy;

namespace Perspective.Tests.Core.Modules;

public sealed class ModuleIntegrationTests : IDisposable
{
    private readonly IntegrationFactory _factory = new();

    private HttpClient LaAdmin => _factory.ClientFor("Ann Admin", BuiltInRoles.LaAdmin);

    [Fact]
    public async Task WithBothModulesOn_TheIntegrationsEndpointAnswers_AndItsMenuEntryShows()
    {
        var client = LaAdmin;

        var response = await client.GetAsync(TestIntegration.Path);
        var admin = await (await client.GetAsync("/admin")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestIntegration.Answer, await response.Content.ReadAsStringAsync());
        Assert.Contains(TestIntegration.MenuText, admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheRequiredModuleOff_TheEndpointAnswers404_AndTheMenuEntryVanishes_WhileTheModuleItselfStaysOn()
    {
        var client = LaAdmin;
        await DisableAsync(client, TestIntegration.Requires);

        var response = await client.GetAsync(TestIntegration.Path);
        var admin = await (await client.GetAsync("/admin")).Content.ReadAsStringAsync();
        var auditPage = await client.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(TestIntegration.MenuText, admin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, auditPage.StatusCode);
        Assert.Contains("Audit trail", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheModuleItselfOff_TheEndpointAnswers404_AndTheMenuEntryVanishes()
    {
        var client = LaAdmin;
        await DisableAsync(client, TestIntegration.Module);

        var response = await client.GetAsync(TestIntegration.Path);
        var admin = await (await client.GetAsync("/admin")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(TestIntegration.MenuText, admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIntegrationsRecipeStep_IsHandledWhileBothModulesAreOn_AndUnknownOnceTheRequiredOneIsOff()
    {
        var recipe = RecipeSource.FromJson("test.recipe.json", $$"""{ "name": "test", "steps": [ { "name": "{{IntegrationRecipeStep.StepName}}", "message": "Hello" } ] }""");
        var whileOn = await ValidateAsync(recipe);
        await DisableAsync(LaAdmin, TestIntegration.Requires);

        var whileOff = await ValidateAsync(recipe);

        Assert.Empty(whileOn.Errors);
        Assert.Equal([$"Step 1 ({IntegrationRecipeStep.StepName}): no enabled module handles this step"], whileOff.Errors);
    }

    [Fact]
    public void AnIntegrationNeedingAModuleTheDeploymentLacks_IsLeftOut()
    {
        var startup = new TestIntegration();
        var module = new ModuleDescriptor("A", "General", "", [], new TestIntegration(), typeof(TestIntegration).Assembly)
        {
            Integrations = [new ModuleIntegration(["B"], startup), new ModuleIntegration(["Nowhere"], new TestIntegration())],
        };

        var contributions = ModuleCatalog.Create([module, new ModuleDescriptor("B", "General", "", [], new TestIntegration(), typeof(TestIntegration).Assembly)]).Contributions.ToList();

        Assert.Equal([("A", "A"), ("A", "A,B"), ("B", "B")], contributions.Select(c => (c.ModuleName, string.Join(',', c.RequiredModules))));
        Assert.Same(startup, contributions[1].Startup);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<RecipeResult> ValidateAsync(RecipeSource recipe)
    {
        var tenant = await _factory.Services.GetRequiredService<ITenantCatalog>().FindAsync(Tenant.DefaultName);
        await using var scope = _factory.Services.GetRequiredService<TenantScopes>().CreateScope(tenant!);
        return await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().ValidateAsync(recipe);
    }

    private static async Task DisableAsync(HttpClient client, string module)
    {
        var response = await client.SubmitAsync("/admin/features", new Dictionary<string, string> { ["module"] = module }, "/admin/features?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
