using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Tenants;

namespace Perspective.Tenants.Pages.Tenants;

[Authorize(Policy = "Permission:ManageTenants")]
public sealed class TenantsModel(ITenantCatalog catalog) : PageModel
{
    public IReadOnlyList<Tenant> Tenants { get; private set; } = [];

    [TempData(Key = TenantBanner.Key)]
    public string? Banner { get; set; }

    /// <summary>How the tenant is reached: its host names, or its URL prefix as a path.</summary>
    public static string Address(Tenant tenant) =>
        tenant.HostNames.Count > 0 ? string.Join(", ", tenant.HostNames)
        : tenant.UrlPrefix is { } prefix ? $"/{prefix}/"
        : tenant.IsDefault ? "Any other address" : "None";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tenants = await catalog.ListAsync(cancellationToken);
}
