namespace Perspective.Core.Modules;

/// <summary>
/// The host's modules in dependency order: every module comes after the modules it depends on,
/// and otherwise in name order, so start-up is the same on every machine.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, ModuleDescriptor> _byName;

    private ModuleCatalog(IReadOnlyList<ModuleDescriptor> ordered)
    {
        Modules = ordered;
        _byName = ordered.ToDictionary(m => m.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public ModuleDescriptor? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// Every startup to wire in, in module order: each module's own, then its integrations whose
    /// required modules are all in this deployment (an integration with a missing one is left out).
    /// </summary>
    public IEnumerable<ModuleContribution> Contributions => Modules.SelectMany(module =>
        module.Integrations
            .Where(i => i.RequiresModules.All(_byName.ContainsKey))
            .Select(i => new ModuleContribution(module.Name, [module.Name, .. i.RequiresModules], i.Startup))
            .Prepend(new ModuleContribution(module.Name, [module.Name], module.Startup)));

    /// <summary>Orders the modules by dependency.</summary>
    /// <exception cref="ModuleDependencyException">A module is listed twice, needs a module that is missing, or is part of a cycle.</exception>
    public static ModuleCatalog Create(IEnumerable<ModuleDescriptor> modules)
    {
        var byName = new SortedDictionary<string, ModuleDescriptor>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byName.TryAdd(module.Name, module))
            {
                throw new ModuleDependencyException($"Module '{module.Name}' is declared by two assemblies.");
            }
        }

        foreach (var module in byName.Values)
        {
            var missing = module.Dependencies.FirstOrDefault(d => !byName.ContainsKey(d));
            if (missing is not null)
            {
                throw new ModuleDependencyException($"Module '{module.Name}' depends on '{missing}', which is not present.");
            }
        }

        var ordered = new List<ModuleDescriptor>(byName.Count);
        var state = new Dictionary<string, VisitState>(StringComparer.Ordinal);
        foreach (var module in byName.Values)
        {
            Visit(module, byName, state, ordered, []);
        }

        return new ModuleCatalog(ordered);
    }

    private static void Visit(
        ModuleDescriptor module,
        SortedDictionary<string, ModuleDescriptor> byName,
        Dictionary<string, VisitState> state,
        List<ModuleDescriptor> ordered,
        List<string> path)
    {
        switch (state.GetValueOrDefault(module.Name))
        {
            case VisitState.Done:
                return;
            case VisitState.InProgress:
                var cycle = path.SkipWhile(n => n != module.Name).Append(module.Name);
                throw new ModuleDependencyException(
                    $"Module '{module.Name}' is part of a dependency cycle: {string.Join(" -> ", cycle)}.");
        }

        state[module.Name] = VisitState.InProgress;
        path.Add(module.Name);
        foreach (var dependency in module.Dependencies.Order(StringComparer.Ordinal))
        {
            Visit(byName[dependency], byName, state, ordered, path);
        }

        path.RemoveAt(path.Count - 1);
        state[module.Name] = VisitState.Done;
        ordered.Add(module);
    }

    private enum VisitState
    {
        NotVisited,
        InProgress,
        Done,
    }
}
