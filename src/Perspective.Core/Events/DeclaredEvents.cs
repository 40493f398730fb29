using Perspective.Core.Modules;

namespace Perspective.Core.Events;

/// <summary>
/// The catalogue of every event the kernel and the modules declare. Built once at start-up: a name
/// declared twice, or an audited event whose payload the audit trail cannot describe, stops the host.
/// </summary>
public sealed class DeclaredEvents
{
    private readonly Dictionary<string, DeclaredEvent> _byName = new(StringComparer.Ordinal);

    public DeclaredEvents(ModuleCatalog catalog, IEnumerable<EventDeclarations> others)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(others);
        var declared = others.SelectMany(o => o.Events.Select(e => new DeclaredEvent(o.Source, e)))
            .Concat(catalog.Modules.SelectMany(m => m.Startup.Events.Select(e => new DeclaredEvent(m.Name, e))));
        foreach (var e in declared)
        {
            Check(e);
            if (!_byName.TryAdd(e.Descriptor.Name, e))
            {
                throw new InvalidOperationException(
                    $"The event '{e.Descriptor.Name}' is declared by both {_byName[e.Descriptor.Name].Source} and {e.Source}. Each event name belongs to one module.");
            }
        }

        All = _byName.Values.OrderBy(e => e.Descriptor.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every declared event, by name.</summary>
    public IReadOnlyList<DeclaredEvent> All { get; }

    public DeclaredEvent? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The declaration of an event about to be published.</summary>
    /// <exception cref="UndeclaredEventException">No module declares it, or declares it differently.</exception>
    public DeclaredEvent Require(EventDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!_byName.TryGetValue(descriptor.Name, out var found))
        {
            throw new UndeclaredEventException(
                $"The event '{descriptor.Name}' is not declared. Add it to the Events of the module that publishes it.");
        }

        if (found.Descriptor.Version != descriptor.Version || found.Descriptor.PayloadType != descriptor.PayloadType || found.Descriptor.Audited != descriptor.Audited)
        {
            throw new UndeclaredEventException(
                $"The event '{descriptor.Name}' is published as {descriptor} with a {descriptor.PayloadType.Name} payload, but {found.Source} declares {found.Descriptor} with a {found.Descriptor.PayloadType.Name} payload.");
        }

        return found;
    }

    private static void Check(DeclaredEvent e)
    {
        if (e.Descriptor.Name.Length > EventDescriptor.MaxNameLength)
        {
            throw new InvalidOperationException($"The event name '{e.Descriptor.Name}' ({e.Source}) is longer than {EventDescriptor.MaxNameLength} characters.");
        }

        if (e.Descriptor.Audited && !typeof(IAuditedPayload).IsAssignableFrom(e.Descriptor.PayloadType))
        {
            throw new InvalidOperationException(
                $"The event '{e.Descriptor.Name}' ({e.Source}) is audited, but its payload {e.Descriptor.PayloadType.Name} does not implement {nameof(IAuditedPayload)}.");
        }
    }
}

/// <summary>An event with who declares it: a module's name, or the kernel.</summary>
public sealed record DeclaredEvent(string Source, EventDescriptor Descriptor);

/// <summary>Events declared outside any module (the kernel's own), registered as a service.</summary>
public sealed record EventDeclarations(string Source, IReadOnlyList<EventDescriptor> Events);

/// <summary>An event was published that no module declares (or declares with another shape).</summary>
public sealed class UndeclaredEventException(string message) : InvalidOperationException(message);
