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

    // The content may hold a live activation or reset link, so it is stored encrypted (see
    // OutboxProtection) while the message waits, and removed once it is sent or given up on.

    /// <summary>The HTML part, encrypted; null once the message is sent, digested or dead-lettered.</summary>
    public string? HtmlBody { get; set; }

    /// <summary>The text part, encrypted; null as <see cref="HtmlBody"/>.</summary>
    public string? TextBody { get; set; }

    /// <summary>The template values as JSON, encrypted, for providers that render themselves (GOV.UK Notify); null as <see cref="HtmlBody"/>.</summary>
    public string? ValuesJson { get; set; }

    /// <summary>False only for a row queued before contents were encrypted: its content is read as it is, once.</summary>
    public bool ContentProtected { get; set; }

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
