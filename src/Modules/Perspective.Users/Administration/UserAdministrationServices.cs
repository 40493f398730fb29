using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Users.Administration;

internal static class UserAdministrationServices
{
    /// <summary>The user list, deactivation, export and the resource handler for user accounts.</summary>
    public static IServiceCollection AddUserAdministration(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, UserAccountAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, UserAdministrationHandler>();
        services.AddAuthorization(options => options.AddPolicy(UserAdministrationPolicy.Name, UserAdministrationPolicy.Build()));
        services.AddScoped<UserAccounts>();
        services.AddScoped<UserListQuery>();
        services.AddScoped<SchoolManagerRoles>();
        return services;
    }
}
