using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perspective.Core.Modules;
using Perspective.Web.Composition;

namespace Perspective.Tests.Infrastructure;

/// <summary>
/// Loads a module the portal does not reference (a sample under <c>samples/</c>) into a test host,
/// as discovery would have: into the module catalogue, its pages into MVC, and its startup's and
/// integrations' services through the host's own <see cref="ModuleHostingExtensions.AddContribution"/>.
/// Call it from <c>ConfigureServices</c> of a <see cref="PerspectiveFactory"/>.
/// </summary>
public static class SampleModules
{
    public static IServiceCollection AddSampleModule(this IServiceCollection services, Assembly assembly)
    {
        var discovered = (ModuleCatalog)services.Single(d => d.ServiceType == typeof(ModuleCatalog)).ImplementationInstance!;
        var module = ModuleDescriptor.FromAssembly(assembly);
        var catalog = ModuleCatalog.Create([.. discovered.Modules, module]);
        services.Replace(ServiceDescriptor.Singleton(catalog));
        services.AddRazorPages().AddApplicationPart(assembly);
        foreach (var contribution in catalog.Contributions.Where(c => c.ModuleName == module.Name))
        {
            services.AddContribution(contribution);
        }

        return services;
    }
}
