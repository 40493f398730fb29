namespace Perspective.Email.Outbox;

/// <summary>
/// One email waiting to be sent, being sent, sent or given up on. Written in the same transaction
/// as the change that caused it; a sender claims it, delivers it and records the outcome.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; private set; }

    public required string Kind { get; init; }

    public required string ToAddress { get; init; }

    public string? ToName { get; init; }

    public string? ToUserId { get; init; }

    public required string Subject { get; init; }

    public required string HtmlBody { get; init; }

    public required string TextBody { get; init; }

    /// <summary>The template values as JSON, for providers that render themselves (GOV.UK Notify).</summary>
    public required string ValuesJson { get; init; }

    public OutboxState State { get; set; } = OutboxState.Queued;

    public int Attempts { get; set; }

    /// <summary>When the next attempt may start.</summary>
    public DateTime DueUtc { get; set; }

    /// <summary>The sender that holds it, until <see cref="ClaimedUntilUtc"/>; a crashed sender's claim runs out.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; init; }

    public DateTime? SentUtc { get; set; }

    /// <summary>The digest run that took this held message, so that only one node builds each digest.</summary>
    public Guid? DigestToken { get; set; }
}

public enum OutboxState
{
    Queued,
    Sent,
    DeadLetter,

    /// <summary>Informational, for someone who chose a daily digest: waits for the next digest.</summary>
    HeldForDigest,

    /// <summary>Was included in a digest message instead of being sent on its own.</summary>
    Digested,
}
