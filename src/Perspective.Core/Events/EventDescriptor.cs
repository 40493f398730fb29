using System.Reflection;
using System.Text.RegularExpressions;

namespace Perspective.Core.Events;

/// <summary>
/// A kind of event a module declares: its dotted name (<c>documents.sent</c>), version, payload
/// type, whether the audit trail records it, and what it means in plain English. Modules keep
/// their descriptors in a static class and list them in <c>ModuleStartup.Events</c>.
/// </summary>
public abstract partial class EventDescriptor
{
    private protected EventDescriptor(string name, int version, Type payloadType, bool audited, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (!NamePattern().IsMatch(name ?? ""))
        {
            throw new ArgumentException($"The event name '{name}' is not lower-case dotted words, such as documents.sent.", nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Name = name!;
        Version = version;
        PayloadType = payloadType;
        Audited = audited;
        Description = description;
    }

    /// <summary>The longest name an event may have: the audit trail's action column.</summary>
    public const int MaxNameLength = 100;

    public string Name { get; }

    public int Version { get; }

    public Type PayloadType { get; }

    /// <summary>Whether the audit trail records every event of this kind.</summary>
    public bool Audited { get; }

    /// <summary>What happened, for people: shown in the audit trail's filter.</summary>
    public string Description { get; }

    public override string ToString() => $"{Name} v{Version}";

    /// <summary>Every public static descriptor field of a class, for a module's <c>Events</c> list.</summary>
    public static IReadOnlyList<EventDescriptor> AllIn(Type holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => typeof(EventDescriptor).IsAssignableFrom(f.FieldType))
            .Select(f => (EventDescriptor)f.GetValue(null)!)
            .ToList();
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$")]
    private static partial Regex NamePattern();
}

/// <summary>A declared event whose payload is a <typeparamref name="TPayload"/>, stored as JSON.</summary>
public class EventDescriptor<TPayload>(string name, string description, bool audited = false, int version = 1)
    : EventDescriptor(name, version, typeof(TPayload), audited, description)
    where TPayload : class;
