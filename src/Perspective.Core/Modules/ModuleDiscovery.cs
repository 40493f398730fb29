using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Perspective.Core.Modules;

/// <summary>Finds the modules a host references: every library in its dependency graph that carries a module manifest.</summary>
public static class ModuleDiscovery
{
    private const string KernelName = "Perspective.Core";

    public static IEnumerable<ModuleDescriptor> FromHost(Assembly hostAssembly)
    {
        // The host's own .deps.json lists every project it references, even those whose types it
        // never names (a plain assembly reference would omit those).
        var context = DependencyContext.Load(hostAssembly) ?? DependencyContext.Default
            ?? throw new InvalidOperationException($"No dependency manifest was found for '{hostAssembly.GetName().Name}'.");

        return context.RuntimeLibraries
            .Where(library => library.Dependencies.Any(d => d.Name == KernelName))
            .Select(library => Assembly.Load(new AssemblyName(library.Name)))
            .Where(assembly => assembly.GetCustomAttribute<ModuleAttribute>() is not null)
            .Select(ModuleDescriptor.FromAssembly);
    }
}
