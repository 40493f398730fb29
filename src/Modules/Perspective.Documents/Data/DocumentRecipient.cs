namespace Perspective.Documents.Data;

/// <summary>
/// Who a document is for: an organisation, and within it everyone the category's recipient roles
/// name, or one named person, or one role ("confidential": a new holder of the role sees earlier
/// files). Delivery and the first opening are the read receipt the sender sees.
/// </summary>
public sealed class DocumentRecipient
{
    public long Id { get; init; }

    public Guid DocumentId { get; init; }

    public required string OrganisationId { get; init; }

    /// <summary>Only this person in the organisation, when set.</summary>
    public string? UserId { get; init; }

    /// <summary>Only holders of this role in the organisation, when set.</summary>
    public string? RoleName { get; init; }

    public DateTime DeliveredUtc { get; init; }

    public DateTime? FirstOpenedUtc { get; set; }

    public string? FirstOpenedByUserId { get; set; }

    public DateTime? LastRemindedUtc { get; set; }
}

/// <summary>Each time someone opens or downloads a document: the detail behind the read receipt.</summary>
public sealed class DocumentOpening
{
    public long Id { get; init; }

    public Guid DocumentId { get; init; }

    public long RecipientId { get; init; }

    public required string UserId { get; init; }

    public DateTime OpenedUtc { get; init; }
}
