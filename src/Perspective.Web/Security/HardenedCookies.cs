using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Perspective.Web.Security;

/// <summary>
/// Every authentication cookie, whichever module adds its scheme: HttpOnly, SameSite=Lax, path "/",
/// Secure with the <c>__Host-</c> prefix over HTTPS, and named for Perspective rather than the framework.
/// </summary>
public sealed class HardenedCookies(string prefix, CookieSecurePolicy securePolicy) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        var scheme = (name ?? "Cookies").Replace("Identity.", "", StringComparison.Ordinal);
        options.Cookie.Name = $"{prefix}Perspective.{scheme}";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = securePolicy;
        options.Cookie.Path = "/";
    }
}
