using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Perspective.Core.Audit;
using Perspective.Core.Tenants;
using Perspective.Recipes;

namespace Perspective.Tenants.Pages.Tenants.Delete;

/// <summary>
/// Deleting a tenant, once its name has been typed exactly, after offering its configuration as a
/// download. The default tenant cannot be deleted, so it has no such page.
/// </summary>
[Authorize(Policy = "Permission:ManageTenants")]
public sealed class DeleteTenantModel(ITenantCatalog catalog, ITenantManager manager, ITenantScopeFactory scopes, IAuditLog audit) : PageModel
{
    public Tenant? Tenant { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the tenant's name to confirm")]
    public string? ConfirmName { get; set; }

    [TempData(Key = TenantBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken) =>
        await FindAsync(name, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (!await FindAsync(name, cancellationToken))
        {
            return NotFound();
        }

        if (ConfirmName is not null && !string.Equals(ConfirmName.Trim(), Tenant!.Name, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmName), "The name you entered does not match");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await manager.DeleteAsync(Tenant!.Name, cancellationToken);
        await audit.RecordNowAsync(TenantsEvents.Deleted, "tenant", Tenant.Name, cancellationToken: cancellationToken);
        Banner = $"Tenant {Tenant.Name} deleted";
        return LocalRedirect(Url.Content("~/admin/tenants"));
    }

    /// <summary>The tenant's configuration as a recipe, exported inside a scope that works for that tenant.</summary>
    public async Task<IActionResult> OnPostDownloadAsync(string name, CancellationToken cancellationToken)
    {
        if (!await FindAsync(name, cancellationToken) || Tenant!.State == TenantState.Uninitialized)
        {
            return NotFound();
        }

        byte[] recipe;
        await using (var scope = scopes.CreateScope(Tenant))
        {
            recipe = await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync(cancellationToken);
        }

        await audit.RecordNowAsync(TenantsEvents.ConfigurationExported, "tenant", Tenant.Name, cancellationToken: cancellationToken);
        return File(recipe, "application/json", $"{Tenant.Name}.recipe.json");
    }

    private async Task<bool> FindAsync(string name, CancellationToken cancellationToken)
    {
        Tenant = await catalog.FindAsync(name, cancellationToken);
        return Tenant is { IsDefault: false };
    }
}
