namespace Perspective.Core.Events;

/// <summary>
/// Handles delivered events whose payload is a <typeparamref name="TPayload"/>. Delivery is at least
/// once, so a subscriber is idempotent by <see cref="PublishedEvent.Id"/>. It runs in a service scope
/// of the event's tenant, inside a transaction on that scope's <c>TenantDbContext</c>: what it adds
/// there is saved with the delivery's success, or not at all if it throws.
/// </summary>
public interface IEventSubscriber<in TPayload>
    where TPayload : class
{
    Task HandleAsync(PublishedEvent published, TPayload payload, CancellationToken cancellationToken);
}

/// <summary>A stored event as a subscriber sees it: identity, kind, time and who caused it.</summary>
public sealed record PublishedEvent(Guid Id, string Name, int Version, DateTime OccurredUtc, EventActor Actor);

/// <summary>Who caused an event and from where, taken when it was published.</summary>
public sealed record EventActor(string? UserId, string? UserName, string? OrganisationId, string? IpAddress);
