using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;
using Perspective.Core.Audit;
using Perspective.Core.Modules;
using Perspective.Core.Tenants;
using Perspective.Tenants.Features;

namespace Perspective.Tenants.Pages.Features;

/// <summary>The current tenant's modules, grouped by category, each switched on or off with a button.</summary>
[Authorize(Policy = "Permission:ManageFeatures")]
public sealed class FeaturesModel(
    ModuleCatalog catalog, FeatureSwitches switches, ITenantContext tenantContext, ITenantCatalog tenants, IOptionsMonitor<ModuleOptions> options, IAuditLog audit)
    : PageModel
{
    public IReadOnlyList<IGrouping<string, ModuleDescriptor>> Categories { get; private set; } = [];

    [TempData(Key = "Perspective.Tenants.FeaturesBanner")]
    public string? Banner { get; set; }

    private Tenant Tenant => tenantContext.Current;

    /// <summary>The id of a module's row, which an error about the module links to.</summary>
    public static string RowId(string moduleName) => TagBuilder.CreateSanitizedId("module-" + moduleName, "_");

    public bool IsOn(ModuleDescriptor module) => FeatureSwitches.IsOn(module, Tenant.EnabledFeatures);

    /// <summary>Switched off for the whole deployment (<c>Perspective:Modules:Disabled</c>): no tenant can have it.</summary>
    public bool IsOffEverywhere(ModuleDescriptor module) => options.CurrentValue.Disabled.Contains(module.Name, StringComparer.Ordinal);

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostEnableAsync(string? module, CancellationToken cancellationToken)
    {
        if (Switchable(module) is not { } descriptor)
        {
            return NotFound();
        }

        var change = switches.Enable(descriptor.Name, [.. Tenant.EnabledFeatures]);
        await SaveAsync(change, cancellationToken);
        foreach (var dependency in change.AlsoEnabled)
        {
            audit.Record(TenantsEvents.FeaturesEnabled, "module", dependency, $"Needed by {descriptor.Name}");
        }

        await audit.RecordNowAsync(TenantsEvents.FeaturesEnabled, "module", descriptor.Name, cancellationToken: cancellationToken);
        Banner = change.AlsoEnabled.Count == 0
            ? $"{descriptor.Name} is on."
            : $"{descriptor.Name} is on. Also switched on: {string.Join(", ", change.AlsoEnabled)}";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string? module, CancellationToken cancellationToken)
    {
        if (Switchable(module) is not { } descriptor)
        {
            return NotFound();
        }

        var change = switches.Disable(descriptor.Name, [.. Tenant.EnabledFeatures]);
        if (change.IsRefused)
        {
            ModelState.AddModelError(RowId(descriptor.Name), change.Refusal!);
            Load();
            return Page();
        }

        await SaveAsync(change, cancellationToken);
        await audit.RecordNowAsync(TenantsEvents.FeaturesDisabled, "module", descriptor.Name, cancellationToken: cancellationToken);
        Banner = $"{descriptor.Name} is off.";
        return RedirectToPage();
    }

    private void Load() =>
        Categories = catalog.Modules
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .GroupBy(m => m.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>A module this page may switch: one the portal has, not always on, and not off everywhere.</summary>
    private ModuleDescriptor? Switchable(string? name) =>
        name is not null && catalog.Find(name) is { AlwaysEnabled: false } module && !IsOffEverywhere(module) ? module : null;

    private async Task SaveAsync(FeatureChange change, CancellationToken cancellationToken)
    {
        Tenant.EnabledFeatures = [.. change.Enabled];
        await tenants.SaveAsync(Tenant, cancellationToken);
    }
}
