namespace Perspective.Core.Audit;

/// <summary>
/// One recorded action: who (user and organisation), what (action and object), when (UTC) and
/// where (IP address). Rows are only ever inserted; the database refuses updates and deletes.
/// Each event is chained to the one before it in the tenant's database (<see cref="AuditChain"/>),
/// so a row changed, removed or moved behind the application's back is detected.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; private set; }

    public required DateTime OccurredUtc { get; init; }

    /// <summary>A dotted name such as <c>users.sign-in.failed</c>.</summary>
    public required string Action { get; init; }

    public string? UserId { get; init; }

    public string? UserName { get; init; }

    public string? OrganisationId { get; init; }

    public string? ObjectType { get; init; }

    public string? ObjectId { get; init; }

    public string? IpAddress { get; init; }

    /// <summary>Short free text; never personal data about children, never secrets.</summary>
    public string? Details { get; init; }

    /// <summary>
    /// The published event this row records (unique), so a redelivered event writes no second row.
    /// Null for rows written before events existed. A delivery key, not part of the hash.
    /// </summary>
    public Guid? EventId { get; init; }

    /// <summary>The event's place in the tenant's chain, from 1; set when the event is saved.</summary>
    public long? Sequence { get; internal set; }

    /// <summary>The hash of the event before it (hex); null for the first.</summary>
    public string? PreviousHash { get; internal set; }

    /// <summary>SHA-256 (hex) over <see cref="PreviousHash"/> and every other stored field but <see cref="Id"/> and <see cref="EventId"/>.</summary>
    public string? Hash { get; internal set; }
}
