using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Core.Modules;

/// <summary>
/// Which module startup registered each service implementation, and so which modules must be on
/// for a tenant before it is used. The host fills it while modules and integrations register their
/// services; a service found through a shared contract (a recipe step) is then passed over for a
/// tenant that lacks one of its modules.
/// </summary>
public sealed class ContributedServices
{
    private readonly Dictionary<Type, IReadOnlyList<string>> _requiredModules = [];

    /// <summary>Notes the implementations <paramref name="contribution"/> registered; the first registration of a type wins.</summary>
    public void Add(ModuleContribution contribution, IEnumerable<ServiceDescriptor> registered)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        ArgumentNullException.ThrowIfNull(registered);
        foreach (var type in registered.Where(d => !d.IsKeyedService).Select(d => d.ImplementationType ?? d.ImplementationInstance?.GetType()).OfType<Type>())
        {
            _requiredModules.TryAdd(type, contribution.RequiredModules);
        }
    }

    /// <summary>The modules that must all be on for an implementation, or null when no module registered it (the host's own).</summary>
    public IReadOnlyList<string>? RequiredModulesOf(Type implementation) => _requiredModules.GetValueOrDefault(implementation);
}
