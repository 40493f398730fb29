namespace Perspective.Core.Audit;

/// <summary>
/// One recorded action: who (user and organisation), what (action and object), when (UTC) and
/// where (IP address). Rows are only ever inserted; the database refuses updates and deletes.
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
}
