using Microsoft.Extensions.Options;

namespace Perspective.Core.Modules;

/// <summary>Options bound from <c>Perspective:Modules</c>.</summary>
public sealed class ModuleOptions
{
    /// <summary>Names of modules switched off for the whole deployment.</summary>
    public IList<string> Disabled { get; } = [];
}

/// <summary>
/// Module switches from configuration. A module is off when it, or any module it depends on, is
/// listed in <c>Perspective:Modules:Disabled</c>. The catalog has no cycles, so the walk ends.
/// </summary>
public sealed class ConfiguredModuleFeatures(ModuleCatalog catalog, IOptionsMonitor<ModuleOptions> options) : IModuleFeatures
{
    public bool IsEnabled(string moduleName)
    {
        var module = catalog.Find(moduleName);
        return module is not null
            && !options.CurrentValue.Disabled.Contains(moduleName, StringComparer.Ordinal)
            && module.Dependencies.All(IsEnabled);
    }
}
