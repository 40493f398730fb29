using Perspective.Core.Modules;

namespace Perspective.Tenants.Features;

/// <summary>
/// The rules for switching a tenant's modules on and off, on its list of enabled module names.
/// A module is on when it is always enabled or in the list. Switching one on switches on what it
/// depends on; switching one off is refused while a module that is on depends on it.
/// </summary>
public sealed class FeatureSwitches(ModuleCatalog catalog)
{
    public static bool IsOn(ModuleDescriptor module, IEnumerable<string> enabled) =>
        module.AlwaysEnabled || enabled.Contains(module.Name, StringComparer.Ordinal);

    /// <summary>Switches a module on, with every module it needs, directly or not, that is off.</summary>
    public FeatureChange Enable(string name, IReadOnlyCollection<string> enabled)
    {
        var module = Require(name);
        var on = new HashSet<string>(enabled, StringComparer.Ordinal);
        var added = new HashSet<string>(StringComparer.Ordinal);
        Add(module, on, added);

        // Reported in dependency order, so the list reads as the order they start in.
        var alsoOn = catalog.Modules.Where(m => m.Name != module.Name && added.Contains(m.Name)).Select(m => m.Name).ToList();
        return new FeatureChange(module.Name, Ordered(on), alsoOn, []);
    }

    /// <summary>Switches a module off, unless a module that is on needs it; then nothing changes.</summary>
    public FeatureChange Disable(string name, IReadOnlyCollection<string> enabled)
    {
        var module = Require(name);
        var neededBy = catalog.Modules
            .Where(m => IsOn(m, enabled) && m.Dependencies.Contains(module.Name, StringComparer.Ordinal))
            .Select(m => m.Name)
            .ToList();
        if (neededBy.Count > 0)
        {
            return new FeatureChange(module.Name, Ordered(enabled), [], neededBy);
        }

        return new FeatureChange(module.Name, Ordered(enabled.Where(n => n != module.Name)), [], []);
    }

    private void Add(ModuleDescriptor module, HashSet<string> on, HashSet<string> added)
    {
        if (!module.AlwaysEnabled && on.Add(module.Name))
        {
            added.Add(module.Name);
        }

        // The catalogue has refused cycles, so this ends.
        foreach (var dependency in module.Dependencies)
        {
            Add(Require(dependency), on, added);
        }
    }

    private ModuleDescriptor Require(string name) =>
        catalog.Find(name) ?? throw new ArgumentException($"There is no module called '{name}'.", nameof(name));

    private static List<string> Ordered(IEnumerable<string> names) =>
        names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// The outcome of switching <see cref="Module"/>: the tenant's new list of enabled modules, the
/// dependencies switched on with it, and (when refused, the list unchanged) the modules that need it.
/// </summary>
public sealed record FeatureChange(string Module, IReadOnlyList<string> Enabled, IReadOnlyList<string> AlsoEnabled, IReadOnlyList<string> NeededBy)
{
    public bool IsRefused => NeededBy.Count > 0;

    /// <summary>Why the module stays on: "You cannot switch off A because B and C need it"; null when not refused.</summary>
    public string? Refusal => NeededBy.Count switch
    {
        0 => null,
        1 => $"You cannot switch off {Module} because {NeededBy[0]} needs it",
        _ => $"You cannot switch off {Module} because {string.Join(", ", NeededBy.Take(NeededBy.Count - 1))} and {NeededBy[^1]} need it",
    };
}
