namespace Perspective.Core.Audit;

/// <summary>
/// A signed note of the chain's head at a moment: the last event's sequence and hash. Signed with
/// a key the database does not hold, so removing the newest events (which leaves a shorter chain
/// that is still whole) is detected, and a database-only attacker cannot write a new checkpoint.
/// </summary>
public sealed class AuditCheckpoint
{
    public long Id { get; private set; }

    public required long Sequence { get; init; }

    public required string Hash { get; init; }

    public required DateTime CreatedUtc { get; init; }

    /// <summary>The protected payload (<see cref="AuditCheckpointSigner"/>), base64.</summary>
    public required string Signature { get; init; }
}
