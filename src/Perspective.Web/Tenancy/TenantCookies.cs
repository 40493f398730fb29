using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Perspective.Core.Security;
using Perspective.Core.Tenants;

namespace Perspective.Web.Tenancy;

/// <summary>
/// Keeps each tenant's cookies and tokens to itself. Tenants that share a host (URL prefixes) get
/// cookies of their own names, a sign-in cookie is accepted only by the tenant that issued it,
/// and an antiforgery token carries its tenant's name.
/// </summary>
public static class TenantCookies
{
    public static IServiceCollection AddTenantBoundCookies(this IServiceCollection services)
    {
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryData>();
        services.PostConfigureAll<CookieAuthenticationOptions>(options =>
        {
            // Runs before the cookie handler fills in its default manager, so supply that default here.
            options.CookieManager = new TenantCookieManager(options.CookieManager ?? new ChunkingCookieManager());
            var inner = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().Current;
                if (context.Principal?.FindFirst(PerspectiveClaimTypes.Tenant)?.Value != tenant.Name)
                {
                    context.RejectPrincipal();
                    return;
                }

                await inner(context);
            };
        });
        return services;
    }

    private static string Suffix(HttpContext context)
    {
        var tenant = context.RequestServices.GetRequiredService<ITenantContext>().Current;
        return tenant.IsDefault ? "" : "-" + tenant.Name;
    }

    private sealed class TenantCookieManager(ICookieManager inner) : ICookieManager
    {
        public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, key + Suffix(context));

        public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
            inner.AppendResponseCookie(context, key + Suffix(context), value, options);

        public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
            inner.DeleteCookie(context, key + Suffix(context), options);
    }

    private sealed class TenantAntiforgeryData : IAntiforgeryAdditionalDataProvider
    {
        public string GetAdditionalData(HttpContext context) => context.RequestServices.GetRequiredService<ITenantContext>().Current.Name;

        public bool ValidateAdditionalData(HttpContext context, string additionalData) => additionalData == GetAdditionalData(context);
    }
}
