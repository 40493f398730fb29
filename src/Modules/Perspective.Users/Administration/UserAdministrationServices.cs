using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Users.Administration;

internal static class UserAdministrationServices
{
    /// <summary>The user list, deactivation, export and the resource handler for user accounts.</summary>
    public static IServiceCollection AddUserAdministration(this IServiceCollection services) => services;
}
