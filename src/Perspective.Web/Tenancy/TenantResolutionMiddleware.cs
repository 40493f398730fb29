using Perspective.Core.Tenants;

namespace Perspective.Web.Tenancy;

/// <summary>
/// Chooses the request's tenant: by host name first, then by URL prefix (which becomes the
/// request's PathBase, so links and cookies stay inside it), else the default tenant when it
/// claims no host names. A disabled tenant answers 503; an uninitialised default tenant sends
/// every page to the setup screen.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, ITenantCatalog catalog)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        // An error page re-executed within the same request keeps the tenant already chosen.
        if (tenantContext.HasTenant)
        {
            await next(context);
            return;
        }

        var tenants = await catalog.ListAsync(context.RequestAborted);
        var tenant = ByHost(tenants, context.Request.Host.Host) ?? ByPrefix(tenants, context);
        if (tenant is null)
        {
            var fallback = tenants.First(t => t.IsDefault);
            if (fallback.HostNames.Count > 0)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            tenant = fallback;
        }

        tenantContext.Current = tenant;
        var path = context.Request.Path;
        if (path.StartsWithSegments("/error") || path.StartsWithSegments("/_content"))
        {
            await next(context);
            return;
        }

        switch (tenant.State)
        {
            case TenantState.Disabled:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            case TenantState.Uninitialized when tenant.IsDefault && !path.StartsWithSegments("/setup"):
                context.Response.Redirect(context.Request.PathBase + "/setup");
                return;
            case TenantState.Uninitialized when !tenant.IsDefault:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
        }

        await next(context);
    }

    private static Tenant? ByHost(IReadOnlyList<Tenant> tenants, string host) =>
        tenants.FirstOrDefault(t => t.HostNames.Contains(host, StringComparer.OrdinalIgnoreCase));

    private static Tenant? ByPrefix(IReadOnlyList<Tenant> tenants, HttpContext context)
    {
        foreach (var tenant in tenants.Where(t => t.UrlPrefix is not null && t.HostNames.Count == 0))
        {
            if (context.Request.Path.StartsWithSegments("/" + tenant.UrlPrefix, StringComparison.OrdinalIgnoreCase, out var matched, out var remaining))
            {
                context.Request.PathBase = context.Request.PathBase.Add(matched);
                context.Request.Path = remaining.HasValue ? remaining : "/";
                return tenant;
            }
        }

        return null;
    }
}
