using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Perspective.Core;
using Perspective.Core.Modules;
using Perspective.Core.Sites;
using Perspective.Web.Security;

namespace Perspective.Web.Composition;

/// <summary>Wires the discovered modules into the host: their services, pages, endpoints and menu.</summary>
public static class ModuleHostingExtensions
{
    public static IServiceCollection AddPerspectiveModules(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog)
    {
        services.AddPerspectiveKernel(catalog);
        services.Configure<ModuleOptions>(configuration.GetSection("Perspective:Modules"));
        services.Configure<SiteOptions>(configuration.GetSection("Perspective:Site"));
        services.Configure<Perspective.Core.Audit.RefusalAuditOptions>(configuration.GetSection("Perspective:Audit"));
        services.AddScoped<Perspective.Core.Sites.ISite, Perspective.Web.Tenancy.TenantSite>();

        var mvc = services.AddRazorPages();
        services.ConfigureOptions<ModulePageConventions>();
        foreach (var module in catalog.Modules)
        {
            mvc.AddApplicationPart(module.Assembly);
        }

        services.AddSingleton(new ContributedServices());
        foreach (var contribution in catalog.Contributions)
        {
            services.AddContribution(contribution);
        }

        return services;
    }

    /// <summary>
    /// Registers a module's or integration's services, noting which modules each implementation
    /// needs. Services exist for the whole deployment (ADR-001), whoever has the modules on.
    /// </summary>
    public static IServiceCollection AddContribution(this IServiceCollection services, ModuleContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var owners = (ContributedServices)services.Single(d => d.ServiceType == typeof(ContributedServices)).ImplementationInstance!;
        var before = services.Count;
        contribution.Startup.ConfigureServices(services);
        owners.Add(contribution, services.Skip(before).ToList());
        return services;
    }

    /// <summary>
    /// Maps each module's and integration's endpoints in a group tagged with every module it needs,
    /// so the module gate can switch them off.
    /// </summary>
    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<ModuleCatalog>();
        foreach (var contribution in catalog.Contributions)
        {
            var group = endpoints.MapGroup("")
                .WithMetadata([.. contribution.RequiredModules.Select(name => new ModuleEndpointMetadata(name))])
                .AddEndpointFilter(AntiforgeryEndpointFilter.ValidateAsync);
            contribution.Startup.MapEndpoints(group);
        }

        return endpoints;
    }

    /// <summary>
    /// Adds <see cref="ModulePageConvention"/> for the catalogue the container holds, not the one
    /// discovered at start-up, so a host whose catalogue is extended before it is built (a test host
    /// loading the sample module) gates that module's pages too.
    /// </summary>
    private sealed class ModulePageConventions(ModuleCatalog catalog) : IConfigureOptions<RazorPagesOptions>
    {
        public void Configure(RazorPagesOptions options) => options.Conventions.Add(new ModulePageConvention(catalog));
    }

    /// <summary>Tags every Razor Page in a module's area with that module.</summary>
    private sealed class ModulePageConvention(ModuleCatalog catalog) : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            if (model.AreaName is { } area && catalog.Find(area) is not null)
            {
                model.EndpointMetadata.Add(new ModuleEndpointMetadata(area));
            }
        }
    }
}
