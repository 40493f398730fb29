using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;

namespace Perspective.Users.Sessions;

internal static class SessionServices
{
    /// <summary>Sign-in, two-factor and server-side sessions.</summary>
    public static IServiceCollection AddSignInAndSessions(this IServiceCollection services)
    {
        services.AddScoped<IUserSessions, UserSessions>();
        services.AddScoped<SignIn.ISignInFlow, SignIn.SignInFlow>();
        return services;
    }

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/sign-out", SignOutAsync).AllowAnonymous();
        return endpoints;
    }

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
