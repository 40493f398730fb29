using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Recipes;
using Perspective.Tests.Infrastructure;
using Perspective.Web.Composition;

namespace Perspective.Tests.Core.Modules;

/// <summary>
/// A test-only integration of the Audit module with Documents: an admin menu entry, an endpoint and
/// a recipe step that exist for a tenant only while both modules are on.
/// </summary>
public sealed class TestIntegration : ModuleStartup
{
    public const string Module = "Perspective.Audit";
    public const string Requires = "Perspective.Documents";
    public const string Path = "/admin/audit/documents-integration";
    public const string MenuText = "Audit of documents (integration)";
    public const string Answer = "The integration is on.";

    public override void ConfigureServices(IServiceCollection services) => services.AddScoped<IRecipeStep, IntegrationRecipeStep>();

    public override void BuildAdminMenu(MenuBuilder menu) => menu.Add(MenuText, Path, position: 905);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGet(Path, Answered);

    private static IResult Answered() => Results.Text(Answer);
}

/// <summary><c>{ "name": "integrationCheck", "message": "..." }</c>: the integration's recipe step; it does nothing.</summary>
public sealed class IntegrationRecipeStep : RecipeStep<IntegrationStepData>
{
    public const string StepName = "integrationCheck";

    public override string Name => StepName;

    protected override Task ValidateAsync(IntegrationStepData data, RecipeStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override Task ExecuteAsync(IntegrationStepData data, RecipeStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed record IntegrationStepData
{
    public required string Message { get; init; }
}

/// <summary>
/// The real host, its module catalogue swapped for one where the Audit module carries
/// <see cref="TestIntegration"/>, whose services are added the way the host adds every startup's.
/// </summary>
public sealed class IntegrationFactory : PerspectiveFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            var original = (ModuleCatalog)services.Single(d => d.ServiceType == typeof(ModuleCatalog)).ImplementationInstance!;
            var modules = original.Modules.Select(m => m.Name == TestIntegration.Module
                ? m with { Integrations = [new ModuleIntegration([TestIntegration.Requires], new TestIntegration())] }
                : m);
            var catalog = ModuleCatalog.Create(modules);
            services.Replace(ServiceDescriptor.Singleton(catalog));
            services.AddContribution(catalog.Contributions.Single(c => c.Startup is TestIntegration));
        });
    }
}
