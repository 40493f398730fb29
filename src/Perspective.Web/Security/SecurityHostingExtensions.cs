using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Perspective.Core.Audit;
using Perspective.Core.Security;
using Perspective.Web.Tenancy;

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

        // Accounts (the Users module) register ASP.NET Core Identity's cookies; every cookie scheme
        // is hardened here, whichever module adds it.
        services.AddAuthentication(IdentityConstants.ApplicationScheme);
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>>(new HardenedCookies(cookiePrefix, securePolicy));
        // PostConfigure: Identity's own defaults (/Account/Login) are configured after this runs.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.AccessDeniedPath = "/error/403";
            // A signed-in user without the right gets a 403 page where they are, not a redirect.
            // Every Forbid() comes here, from a policy or a page's own check: the one place to audit it.
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.HttpContext.RequestServices.GetRequiredService<IRefusalAudit>()
                    .RecordAsync(KernelEvents.Forbidden, "page", context.Request.PathBase + context.Request.Path);
            };
        });
        services.AddTenantBoundCookies();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.Configure<MvcOptions>(options => options.Filters.Add(new MissingHandlerFilter()));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookiePrefix + "Perspective.Antiforgery";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.Path = "/";
            options.FormFieldName = "__RequestVerificationToken";
        });

        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = cookiePrefix + "Perspective.TempData";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.Path = "/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        });
        services.AddSingleton<CookieTempDataProvider>();
        services.AddSingleton<ITempDataProvider, TenantTempData>();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, _) =>
            {
                var request = context.HttpContext.Request;
                await context.HttpContext.RequestServices.GetRequiredService<IRefusalAudit>()
                    .RecordAsync(KernelEvents.RateLimited, "page", request.PathBase + request.Path);
            };
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

        var proxies = TrustedProxies.From(configuration);
        services.Configure<ForwardedHeadersOptions>(proxies.Configure);

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    public static WebApplication UsePerspectiveSecurity(this WebApplication app)
    {
        // First, so that HTTPS redirection, HSTS, the rate limits and the audit trail all see the
        // client and scheme a trusted proxy reports, and from anyone else the connection's own.
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",
                StatusCodeSelector = ClientErrors.StatusCodeFor,
                SuppressDiagnosticsCallback = context => ClientErrors.IsClientError(context.Exception),
            });
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
