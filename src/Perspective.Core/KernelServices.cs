using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Core.Events;
using Perspective.Core.Modules;
using Perspective.Core.Navigation;
using Perspective.Core.Security;

namespace Perspective.Core;

public static class KernelServices
{
    /// <summary>Registers the kernel's services for a set of modules: features, permissions, menu, events and audit.</summary>
    public static IServiceCollection AddPerspectiveKernel(this IServiceCollection services, ModuleCatalog catalog)
    {
        services.AddSingleton(catalog);
        services.AddSingleton<DeclaredPermissions>();
        // Scoped: the roles module's grants read the tenant's database once per request.
        services.AddScoped<IPermissionGrants, DefaultPermissionGrants>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicy>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<AdminMenuEntries>();
        services.AddScoped<AdminMenu>();
        services.AddPerspectiveEvents();
        services.AddEventDeclarations(KernelEvents.Source, KernelEvents.All);
        services.AddEventSubscriber<IAuditedPayload, AuditTrailSubscriber>(AuditTrailSubscriber.Name, e => e.Audited);
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditCheckpointSigner>();
        services.AddScoped<AuditCheckpoints>();
        services.AddScoped<AuditTrailVerifier>();
        services.AddSingleton<RefusalThrottle>();
        services.AddScoped<IRefusalAudit, RefusalAudit>();
        services.AddScoped<Settings.ISiteSettings, Settings.SiteSettings>();
        services.AddHttpContextAccessor();
        return services;
    }
}
