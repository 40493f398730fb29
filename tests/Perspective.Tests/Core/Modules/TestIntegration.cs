using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Tests.Infrastructure;

namespace Perspective.Tests.Core.Modules;

/// <summary>
/// A test-only integration of the Audit module with Documents: an admin menu entry and an endpoint
/// that exist for a tenant only while both modules are on.
/// </summary>
public sealed class TestIntegration : ModuleStartup
{
    public const string Module = "Perspective.Audit";
    public const string Requires = "Perspective.Documents";
    public const string Path = "/admin/audit/documents-integration";
    public const string MenuText = "Audit of documents (integration)";
    public const string Answer = "The integration is on.";

    public override void BuildAdminMenu(MenuBuilder menu) => menu.Add(MenuText, Path, position: 905);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGet(Path, Answered);

    private static IResult Answered() => Results.Text(Answer);
}

/// <summary>The real host, its module catalogue swapped for one where the Audit module carries <see cref="TestIntegration"/>.</summary>
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
            services.Replace(ServiceDescriptor.Singleton(ModuleCatalog.Create(modules)));
        });
    }
}
