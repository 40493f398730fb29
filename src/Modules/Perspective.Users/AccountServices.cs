using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Users.Passwords;
using Perspective.Users.SignIn;

namespace Perspective.Users;

internal static class AccountServices
{
    /// <summary>ASP.NET Core Identity over the tenant database, with Perspective's account rules.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<PerspectiveUser>(options =>
            {
                // Length, not composition (ASVS 6.2): 12 or more characters, anything allowed, nothing
                // common nor the person's email (CommonPasswordValidator).
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddUserManager<PerspectiveUserManager>()
            .AddErrorDescriber<PerspectiveErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddEntityFrameworkStores<TenantDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PerspectiveClaimsFactory>();
        // The common-password validator words its own errors with the same describer.
        services.AddScoped<PerspectiveErrorDescriber>();
        services.AddAuthentication().AddIdentityCookies();
        services.AddScoped<IAccountCreator, AccountCreator>();
        return services;
    }
}
