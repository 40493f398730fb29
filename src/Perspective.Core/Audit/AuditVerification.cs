using System.Globalization;

namespace Perspective.Core.Audit;

/// <summary>What checking a tenant's audit trail found: how many events are chained, and the first broken link if any.</summary>
public sealed record AuditVerification(long Events, AuditCheckpoint? LastCheckpoint, AuditBreak? Break)
{
    public bool IsIntact => Break is null;

    /// <summary>One line for the command line and the admin page.</summary>
    public string Summary => Break is null
        ? $"Audit trail intact: {Events} events, {(LastCheckpoint is null ? "no checkpoint yet" : $"last checkpoint at event {LastCheckpoint.Sequence} on {Time(LastCheckpoint.CreatedUtc)}")}."
        : $"Audit trail broken at {Break.Where}: {Break.Problem}.";

    internal static string Time(DateTime utc) => utc.ToString("d MMM yyyy HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}

/// <summary>The first broken link: the event's place in the chain and time where known, and what is wrong.</summary>
public sealed record AuditBreak(long? Sequence, DateTime? OccurredUtc, string Problem)
{
    public string Where => (Sequence, OccurredUtc) switch
    {
        (long sequence, DateTime time) => $"event {sequence} ({AuditVerification.Time(time)})",
        (long sequence, null) => $"event {sequence}",
        (null, DateTime time) => $"an event of {AuditVerification.Time(time)}",
        _ => "an event",
    };
}
