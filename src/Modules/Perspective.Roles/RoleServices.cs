using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Roles;

internal static class RoleServices
{
    public static IServiceCollection AddRoles(this IServiceCollection services) => services;
}
