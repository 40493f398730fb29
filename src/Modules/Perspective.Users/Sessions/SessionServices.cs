using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Users.SignIn;
using Perspective.Users.TwoFactor;

namespace Perspective.Users.Sessions;

internal static class SessionServices
{
    /// <summary>Sign-in, two-factor and server-side sessions.</summary>
    public static IServiceCollection AddSignInAndSessions(this IServiceCollection services)
    {
        services.AddScoped<IUserSessions, UserSessions>();
        services.AddScoped<SessionValidator>();
        services.AddSessionCookies();
        services.AddOptions<SessionTimeouts>().BindConfiguration(SessionTimeouts.Section);
        // Registered after Identity's own, so this one is used.
        services.AddScoped<SignInManager<PerspectiveUser>, PerspectiveSignInManager>();
        services.AddScoped<SignInFlow>();
        services.AddScoped<ISignInFlow>(s => s.GetRequiredService<SignInFlow>());
        services.AddScoped<IPartialSignIn>(s => s.GetRequiredService<SignInFlow>());
        services.AddScoped<Authenticator>();
        services.AddScoped<RecoveryCodes>();
        services.AddScoped<TwoFactorPolicy>();
        services.AddScoped<AuthenticatorSetUp>();
        services.AddScoped<ReAuthentication>();
        services.AddScoped<SecondStep>();
        // Long enough to install an authenticator app while setting two-factor up at first sign-in.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options => options.ExpireTimeSpan = TimeSpan.FromMinutes(15));
        return services;
    }

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/sign-out", SignOutAsync).AllowAnonymous();
        endpoints.MapPost("/session/keep-alive", KeepAlive);
        return endpoints;
    }

    /// <summary>
    /// "Stay signed in" from the timeout warning. Signed-in users only; reaching here at all has
    /// already marked the session as seen and renewed the sliding cookie.
    /// </summary>
    private static NoContent KeepAlive() => TypedResults.NoContent();

    /// <summary>Ends the session. POST only; the host checks the antiforgery token the sign-out form carries.</summary>
    private static async Task<RedirectHttpResult> SignOutAsync(HttpContext context, SignInManager<PerspectiveUser> signIn, IAuditLog audit)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordNowAsync(UsersEvents.SignOut);
            await signIn.SignOutAsync();
        }

        return TypedResults.Redirect(context.Request.PathBase + "/sign-in");
    }
}
