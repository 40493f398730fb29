using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perspective.Core.Data;
using Perspective.Core.Jobs;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;
using Perspective.Tenants.Creation;
using Perspective.Tenants.Features;
using Perspective.Tenants.Routing;

namespace Perspective.Tenants;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<FeatureSwitches>();
        services.AddScoped<TenantCreations>();
        services.AddTenantJob<CreateTenantJob>(CreateTenantJob.Name);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, DefaultTenantOnlyPolicy>());
        // Tenants are managed only from the default tenant: elsewhere these pages do not exist.
        services.Configure<RazorPagesOptions>(options =>
            options.Conventions.AddAreaFolderRouteModelConvention("Perspective.Tenants", "/Tenants", DefaultTenantOnlyPolicy.Mark));
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new TenantCreationConfiguration());

    public override ModuleData Data => Perspective.Tenants.Data.TenantsDbContext.Data;

    public override IEnumerable<Perspective.Core.Events.EventDescriptor> Events => TenantsEvents.All;

    public override IEnumerable<PermissionDeclaration> Permissions =>
    [
        new(TenantsPermissions.ManageTenants, [BuiltInRoles.PlatformAdmin], PermissionScope.Platform),
        new(TenantsPermissions.ManageFeatures, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
        new(TenantsPermissions.ManageJobs, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin]),
    ];

    public override void BuildAdminMenu(MenuBuilder menu) => menu
        .Add("Features", "/admin/features", TenantsPermissions.ManageFeatures, position: 700)
        .Add("Failed jobs", "/admin/jobs/failed", TenantsPermissions.ManageJobs, position: 710)
        .Add("Tenants", "/admin/tenants", TenantsPermissions.ManageTenants, position: 1000, defaultTenantOnly: true);
}
