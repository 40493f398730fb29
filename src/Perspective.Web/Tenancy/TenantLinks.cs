using Microsoft.AspNetCore.Hosting.Server;
using Perspective.Core.Links;
using Perspective.Core.Tenants;

namespace Perspective.Web.Tenancy;

/// <summary>
/// Absolute links to the current tenant: its first host name over HTTPS; else the deployment's
/// public address (<c>Perspective:PublicUrl</c>) followed by its URL prefix; else, inside a
/// request, the address the request came to; else, in Development, the address the server listens
/// on (whatever port it was given). Elsewhere a proxy usually stands in front, so its own address is no guide.
/// </summary>
public sealed class TenantLinks(ITenantContext tenant, IConfiguration configuration, IHttpContextAccessor http, IServer server, IHostEnvironment environment) : IPortalLinks
{
    public Uri BaseAddress
    {
        get
        {
            var current = tenant.Current;
            if (current.HostNames.Count > 0)
            {
                return new Uri($"https://{current.HostNames[0]}");
            }

            var root = configuration["Perspective:PublicUrl"] is { Length: > 0 } configured
                ? configured.TrimEnd('/')
                : http.HttpContext is { } context
                    ? $"{context.Request.Scheme}://{context.Request.Host}"
                    : environment.IsDevelopment() && ListeningAddress.Of(server) is { } listening
                        ? listening
                        : throw new InvalidOperationException("Set Perspective:PublicUrl so that emails sent outside a request can link to the portal.");
            return new Uri(current.UrlPrefix is null ? root : $"{root}/{current.UrlPrefix}");
        }
    }

    public Uri Link(string path) => new(BaseAddress.ToString().TrimEnd('/') + "/" + path.TrimStart('/'));
}
