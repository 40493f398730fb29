using System.Reflection;

namespace Perspective.Core.Modules;

/// <summary>A discovered module: its manifest and the startup that wires it in.</summary>
public sealed record ModuleDescriptor(
    string Name,
    string Category,
    string Description,
    IReadOnlyList<string> Dependencies,
    ModuleStartup Startup,
    Assembly Assembly,
    bool AlwaysEnabled = false)
{
    public static ModuleDescriptor FromAssembly(Assembly assembly)
    {
        var manifest = assembly.GetCustomAttribute<ModuleAttribute>()
            ?? throw new InvalidOperationException($"Assembly '{assembly.GetName().Name}' has no [assembly: Module] manifest.");

        if (!typeof(ModuleStartup).IsAssignableFrom(manifest.Startup))
        {
            throw new InvalidOperationException(
                $"Module '{manifest.Name}' names '{manifest.Startup.FullName}' as its startup, which does not derive from {nameof(ModuleStartup)}.");
        }

        var startup = (ModuleStartup)Activator.CreateInstance(manifest.Startup)!;
        return new ModuleDescriptor(manifest.Name, manifest.Category, manifest.Description, manifest.Dependencies, startup, assembly, manifest.AlwaysEnabled);
    }
}
