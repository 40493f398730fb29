using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Perspective.Core.Security;

namespace Perspective.Web.Security;

/// <summary>Secure defaults: signed-in by default, hardened cookies, antiforgery, rate limits, HTTPS and headers.</summary>
public static class SecurityHostingExtensions
{
    public static IServiceCollection AddPerspectiveSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Over HTTPS the cookies are Secure and take the __Host- prefix, which pins them to this
        // host and path "/". Development serves plain http://localhost, where neither can apply.
        var https = !environment.IsDevelopment();
        var cookiePrefix = https ? "__Host-" : "";
        var securePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = cookiePrefix + "Perspective";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                options.Cookie.SecurePolicy = securePolicy;
                options.Cookie.Path = "/";
                options.LoginPath = "/sign-in";
                options.LogoutPath = "/sign-out";
                options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                options.SlidingExpiration = true;
                // A signed-in user without the right gets a 403 page where they are, not a redirect.
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookiePrefix + "Perspective.Antiforgery";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.Path = "/";
            options.FormFieldName = "__RequestVerificationToken";
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimits.SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = configuration.GetValue("Perspective:Security:SignInAttemptsPerMinute", 10),
                        Window = TimeSpan.FromMinutes(1),
                    })
                : RateLimitPartition.GetNoLimiter("reads"));
        });

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    public static WebApplication UsePerspectiveSecurity(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }

    /// <summary>Theme and module assets: public, cached briefly, and the only responses not marked no-store.</summary>
    public static WebApplication UsePerspectiveStaticFiles(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600",
        });
        return app;
    }
}
