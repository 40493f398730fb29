using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Perspective.Core.Modules;
using Perspective.Web.Data;
using Perspective.Web.Security;
using Perspective.Web.Setup;
using Perspective.Web.Tenancy;

namespace Perspective.Web.Composition;

/// <summary>The host's composition root: what <c>Program.cs</c> calls.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddPerspective(this WebApplicationBuilder builder)
    {
        var catalog = ModuleCatalog.Create(ModuleDiscovery.FromHost(typeof(HostingExtensions).Assembly));

        builder.Host.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });

        // The theme's and modules' static assets are served from their projects when running from
        // the build output, in every environment; a published app has them in wwwroot instead.
        builder.WebHost.UseStaticWebAssets();
        // No "Server: Kestrel" on responses: nothing to tell a prober what runs the portal.
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPerspectiveData(builder.Configuration, builder.Environment);
        builder.Services.AddPerspectiveSecurity(builder.Configuration, builder.Environment);
        builder.Services.AddPerspectiveModules(builder.Configuration, catalog);
        builder.Services.AddPerspectiveSetup();
        builder.Services.AddHealthChecks().AddCheck<CatalogDatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UsePerspective(this WebApplication app)
    {
        app.UsePerspectiveSecurity();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // Health answers for the deployment, before any tenant is chosen or any cookie is read.
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UsePerspectiveStaticFiles();
        app.UseRouting();
        app.UseMiddleware<ModuleGateMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapModules();
        return app;
    }
}
