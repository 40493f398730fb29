using Microsoft.Extensions.DependencyInjection;

namespace Perspective.Core.Events;

/// <summary>
/// A subscriber registered under a stable name (deliveries are stored against it), with the events it
/// takes. Register one with <see cref="EventServices.AddEventSubscriber{TPayload, TSubscriber}(IServiceCollection, string, EventDescriptor{TPayload}[])"/>.
/// </summary>
public sealed class EventSubscription
{
    private readonly Func<EventDescriptor, bool> _accepts;
    private readonly Func<IServiceProvider, PublishedEvent, object, CancellationToken, Task> _invoke;

    private EventSubscription(string name, Type payloadType, Func<EventDescriptor, bool> accepts, Func<IServiceProvider, PublishedEvent, object, CancellationToken, Task> invoke)
    {
        Name = name;
        PayloadType = payloadType;
        _accepts = accepts;
        _invoke = invoke;
    }

    /// <summary>The longest subscriber name the delivery table holds.</summary>
    public const int MaxNameLength = 100;

    public string Name { get; }

    public Type PayloadType { get; }

    public bool Accepts(EventDescriptor descriptor) => PayloadType.IsAssignableFrom(descriptor.PayloadType) && _accepts(descriptor);

    public Task InvokeAsync(IServiceProvider services, PublishedEvent published, object payload, CancellationToken cancellationToken) =>
        _invoke(services, published, payload, cancellationToken);

    public static EventSubscription For<TPayload, TSubscriber>(string name, Func<EventDescriptor, bool> accepts)
        where TPayload : class
        where TSubscriber : class, IEventSubscriber<TPayload>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength, nameof(name));
        return new EventSubscription(name, typeof(TPayload), accepts, (services, published, payload, cancellationToken) =>
            services.GetRequiredService<TSubscriber>().HandleAsync(published, (TPayload)payload, cancellationToken));
    }
}

/// <summary>Every registered subscription; a name used twice stops the host.</summary>
public sealed class EventSubscriptions
{
    private readonly Dictionary<string, EventSubscription> _byName = new(StringComparer.Ordinal);

    public EventSubscriptions(IEnumerable<EventSubscription> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        foreach (var subscription in subscriptions)
        {
            if (!_byName.TryAdd(subscription.Name, subscription))
            {
                throw new InvalidOperationException($"Two event subscribers are registered as '{subscription.Name}'. Each needs its own name.");
            }
        }
    }

    public IReadOnlyCollection<EventSubscription> All => _byName.Values;

    public EventSubscription? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The subscribers an event of this kind is delivered to.</summary>
    public IReadOnlyList<EventSubscription> For(EventDescriptor descriptor) => _byName.Values.Where(s => s.Accepts(descriptor)).ToList();
}
