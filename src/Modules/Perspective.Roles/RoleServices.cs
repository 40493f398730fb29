using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Recipes;
using Perspective.Core.Security;
using Perspective.Roles.Definitions;
using Perspective.Roles.Grants;
using Perspective.Roles.Recipes;

namespace Perspective.Roles;

internal static class RoleServices
{
    public static IServiceCollection AddRoles(this IServiceCollection services)
    {
        // Registered after the kernel's DefaultPermissionGrants (modules configure after the kernel),
        // so this is the IPermissionGrants every check resolves.
        services.AddScoped<IPermissionGrants, RoleGrants>();
        services.AddScoped<RoleCatalog>();
        services.AddScoped<Perspective.Core.Security.IAssignableRoles, AssignableRoles>();
        return services.AddRecipeStepWithExport<RolesRecipeStep>();
    }
}
