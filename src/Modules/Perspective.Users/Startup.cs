using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Modules;

namespace Perspective.Users;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddIdentityCore<PerspectiveUser>(options =>
            {
                // Length, not composition (ASVS 6.2): 12 or more characters, anything allowed.
                options.Password.RequiredLength = 12;
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
            .AddEntityFrameworkStores<TenantDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PerspectiveClaimsFactory>();
        services.AddAuthentication().AddIdentityCookies();
        services.AddScoped<IAccountCreator, AccountCreator>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/sign-out", SignOutAsync).AllowAnonymous();

    /// <summary>Ends the session. POST only; the host checks the antiforgery token the sign-out form carries.</summary>
    private static async Task<RedirectHttpResult> SignOutAsync(HttpContext context, IAuditLog audit)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordNowAsync("users.sign-out");
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        }

        return TypedResults.Redirect(context.Request.PathBase + "/sign-in");
    }
}
