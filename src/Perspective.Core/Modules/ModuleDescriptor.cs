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
    /// <summary>The module's optional integrations with other modules (<see cref="ModuleIntegrationAttribute"/>).</summary>
    public IReadOnlyList<ModuleIntegration> Integrations { get; init; } = [];

    public static ModuleDescriptor FromAssembly(Assembly assembly)
    {
        var manifest = assembly.GetCustomAttribute<ModuleAttribute>()
            ?? throw new InvalidOperationException($"Assembly '{assembly.GetName().Name}' has no [assembly: Module] manifest.");

        var startup = (ModuleStartup)Activator.CreateInstance(manifest.Startup)!;
        var integrations = assembly.GetCustomAttributes<ModuleIntegrationAttribute>()
            .Select(i => new ModuleIntegration(i.RequiresModules, Create(manifest.Name, i.Startup)))
            .ToList();
        return new ModuleDescriptor(manifest.Name, manifest.Category, manifest.Description, manifest.Dependencies, Create(manifest.Name, manifest.Startup), assembly, manifest.AlwaysEnabled)
        {
            Integrations = integrations,
        };
    }

    private static ModuleStartup Create(string moduleName, Type startup)
    {
        if (!typeof(ModuleStartup).IsAssignableFrom(startup))
        {
            throw new InvalidOperationException(
                $"Module '{moduleName}' names '{startup.FullName}' as a startup, which does not derive from {nameof(ModuleStartup)}.");
        }

        return (ModuleStartup)Activator.CreateInstance(startup)!;
    }
}
