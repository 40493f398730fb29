using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Perspective.Core.Accounts;
using Perspective.Core.Security;

namespace Perspective.Users.Sessions;

/// <summary>Ties Identity's sign-in cookie to its server-side session.</summary>
internal static class SessionCookies
{
    public static IServiceCollection AddSessionCookies(this IServiceCollection services)
    {
        // The sign-in cookie slides with the idle timeout; the session row is the authority either way.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<SessionTimeouts>>((options, timeouts) => options.ExpireTimeSpan = timeouts.Value.IdleTimeout);
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var inner = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
                if (!await validator.ValidateAsync(context))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await inner(context);
            };
        });

        // Identity re-reads the account every minute (a changed security stamp signs out) and then
        // rebuilds the principal: carry the session and the two-factor mark over to the new one.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = context =>
            {
                var carried = context.CurrentPrincipal?.Claims
                    .Where(c => c.Type is PerspectiveClaimTypes.Session or System.Security.Claims.ClaimTypes.AuthenticationMethod)
                    .Select(c => new System.Security.Claims.Claim(c.Type, c.Value))
                    .ToList() ?? [];
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    foreach (var claim in carried.Where(c => !identity.HasClaim(c.Type, c.Value)))
                    {
                        identity.AddClaim(claim);
                    }
                }

                return Task.CompletedTask;
            };
        });
        return services;
    }
}
