namespace Perspective.Core.Events;

/// <summary>
/// A published event, stored in the tenant's database in the same transaction as the change it
/// describes (a transactional outbox). Who and where are taken when it is published.
/// </summary>
public sealed class OutboxEvent
{
    /// <summary>The order events were stored in; the dispatcher delivers oldest first.</summary>
    public long Position { get; private set; }

    /// <summary>The event's identity: subscribers are idempotent by it.</summary>
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required int Version { get; init; }

    /// <summary>The payload as JSON.</summary>
    public required string Payload { get; init; }

    public required DateTime OccurredUtc { get; init; }

    public string? UserId { get; init; }

    public string? UserName { get; init; }

    public string? OrganisationId { get; init; }

    public string? IpAddress { get; init; }
}
