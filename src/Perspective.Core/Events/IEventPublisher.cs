namespace Perspective.Core.Events;

/// <summary>
/// Publishes declared events. An event is added to the caller's unit of work (the tenant's
/// <c>TenantDbContext</c>) with one delivery per subscriber, so it is stored only if the caller's
/// <c>SaveChanges</c> commits, and delivered after that.
/// </summary>
public interface IEventPublisher
{
    /// <summary>Adds the event; returns its id.</summary>
    /// <exception cref="UndeclaredEventException">No module declares the event.</exception>
    Guid Publish<TPayload>(EventDescriptor<TPayload> descriptor, TPayload payload)
        where TPayload : class;
}
