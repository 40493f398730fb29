namespace Perspective.Core.Events;

/// <summary>
/// One event's delivery to one subscriber, created with the event. A dispatcher claims it by a
/// conditional update of <see cref="ClaimVersion"/>, so two hosts never run it at once; a success
/// is final, a failure waits with a growing delay and, after the last attempt, is parked for an admin.
/// </summary>
public sealed class EventDelivery
{
    public long Id { get; private set; }

    public required Guid EventId { get; init; }

    /// <summary>The subscriber's registered name.</summary>
    public required string Subscriber { get; init; }

    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;

    /// <summary>How many times delivery has been tried (including one under way).</summary>
    public int Attempts { get; set; }

    /// <summary>When the background dispatcher may next try it.</summary>
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>While <see cref="DeliveryStatus.InProgress"/>: when another host may take it over.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>Changed by every claim and outcome; a claim or outcome only applies to the version it read.</summary>
    public int ClaimVersion { get; set; }

    public string? LastError { get; set; }

    public DateTime? CompletedUtc { get; set; }
}

public enum DeliveryStatus
{
    Pending,
    InProgress,
    Succeeded,
    Parked,
}
