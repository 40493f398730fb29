using Perspective.Core.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;
using Perspective.Core.Tenants;

namespace Perspective.Tenants.Pages.Tenants.Details;

/// <summary>One tenant: what it is, and disabling or enabling it. The default tenant can be neither.</summary>
[Authorize(Policy = "Permission:ManageTenants")]
public sealed class TenantModel(ITenantCatalog catalog, ITenantManager manager, IAuditLog audit) : PageModel
{
    public Tenant? Tenant { get; private set; }

    [TempData(Key = TenantBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        Tenant = await catalog.FindAsync(name, cancellationToken);
        return Tenant is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string name, CancellationToken cancellationToken) =>
        SwitchAsync(name, TenantState.Running, manager.DisableAsync, TenantsEvents.Disabled, "disabled", cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string name, CancellationToken cancellationToken) =>
        SwitchAsync(name, TenantState.Disabled, manager.EnableAsync, TenantsEvents.Enabled, "enabled", cancellationToken);

    /// <summary>Changes a tenant that is in <paramref name="from"/>; in any other state (a second click) nothing changes.</summary>
    private async Task<IActionResult> SwitchAsync(
        string name, TenantState from, Func<string, CancellationToken, Task> change, AuditKind action, string done, CancellationToken cancellationToken)
    {
        var tenant = await catalog.FindAsync(name, cancellationToken);
        if (tenant is null || tenant.IsDefault)
        {
            return NotFound();
        }

        if (tenant.State == from)
        {
            await change(tenant.Name, cancellationToken);
            await audit.RecordNowAsync(action, "tenant", tenant.Name, cancellationToken: cancellationToken);
            Banner = $"Tenant {tenant.Name} {done}";
        }

        return LocalRedirect(Url.Content("~/admin/tenants/" + tenant.Name));
    }
}
