using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Perspective.Core.Tenants;

namespace Perspective.Web.Tenancy;

/// <summary>
/// TempData (journey answers, success banners) kept in a cookie, as the framework does, but marked
/// with the tenant that wrote it: another tenant on the same host reads nothing from it.
/// </summary>
public sealed class TenantTempData(CookieTempDataProvider cookies) : ITempDataProvider
{
    private const string TenantKey = "__perspective.tenant";

    public IDictionary<string, object> LoadTempData(HttpContext context)
    {
        var values = cookies.LoadTempData(context);
        if (!values.TryGetValue(TenantKey, out var owner) || owner as string != TenantName(context))
        {
            return new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        }

        values.Remove(TenantKey);
        return values;
    }

    // The framework's TempData factory is a singleton, so the tenant comes from the request.
    private static string TenantName(HttpContext context) => context.RequestServices.GetRequiredService<ITenantContext>().Current.Name;

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        var marked = new Dictionary<string, object>(values, StringComparer.OrdinalIgnoreCase);
        if (marked.Count > 0)
        {
            marked[TenantKey] = TenantName(context);
        }

        cookies.SaveTempData(context, marked);
    }
}
