using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Core.Audit;

/// <summary>
/// Walks the tenant's chain in sequence order, streaming, and reports the first broken link: a
/// missing or repeated place, an event that does not link to the one before it (moved), an event
/// whose fields no longer match its hash (edited), a checkpoint whose signature is not ours or
/// whose event differs, and events missing after the last checkpoint (the tail cut off).
/// </summary>
public sealed class AuditTrailVerifier(TenantDbContext db, AuditCheckpointSigner signer)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var checkpoints = await db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.Sequence).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var checkpointsAt = checkpoints.ToLookup(c => c.Sequence);
        var lastCheckpoint = checkpoints.LastOrDefault();
        long expected = 1;
        string? previous = null;
        var events = db.AuditEvents.AsNoTracking().Where(e => e.Sequence != null).OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            var problem = ProblemWith(e, expected, previous) ?? CheckpointProblem(e, checkpointsAt[e.Sequence!.Value]);
            if (problem is not null)
            {
                return new AuditVerification(expected - 1, lastCheckpoint, problem);
            }

            previous = e.Hash;
            expected++;
        }

        var count = expected - 1;
        var beyond = checkpoints.FirstOrDefault(c => c.Sequence > count);
        if (beyond is not null)
        {
            return new AuditVerification(count, lastCheckpoint, signer.IsValid(beyond)
                ? new AuditBreak(count + 1, null, $"events {count + 1} to {beyond.Sequence} are missing; the checkpoint of {AuditVerification.Time(beyond.CreatedUtc)} recorded {beyond.Sequence} events")
                : InvalidSignature(beyond));
        }

        var unchained = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence == null).OrderBy(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        return new AuditVerification(count, lastCheckpoint, unchained is null
            ? null
            : new AuditBreak(null, unchained.OccurredUtc, $"event '{unchained.Action}' is not in the chain"));
    }

    private static AuditBreak? ProblemWith(AuditEvent e, long expected, string? previous)
    {
        var sequence = e.Sequence!.Value;
        if (sequence > expected)
        {
            return new AuditBreak(expected, null, $"the event is missing; the next is event {sequence} of {AuditVerification.Time(e.OccurredUtc)}");
        }

        if (sequence < expected)
        {
            return new AuditBreak(sequence, e.OccurredUtc, "the event appears more than once");
        }

        if (!string.Equals(e.PreviousHash, previous, StringComparison.Ordinal))
        {
            return new AuditBreak(sequence, e.OccurredUtc, sequence == 1
                ? "the first event names an event before it"
                : $"it does not link to event {sequence - 1}: events were moved, or event {sequence - 1} was replaced");
        }

        return string.Equals(AuditChain.HashOf(e, sequence, e.PreviousHash), e.Hash, StringComparison.Ordinal)
            ? null
            : new AuditBreak(sequence, e.OccurredUtc, "it was changed, since its fields no longer match its hash");
    }

    private AuditBreak? CheckpointProblem(AuditEvent e, IEnumerable<AuditCheckpoint> checkpoints)
    {
        foreach (var checkpoint in checkpoints)
        {
            if (!signer.IsValid(checkpoint))
            {
                return InvalidSignature(checkpoint);
            }

            if (!string.Equals(checkpoint.Hash, e.Hash, StringComparison.Ordinal))
            {
                return new AuditBreak(e.Sequence, e.OccurredUtc, $"it differs from the checkpoint of {AuditVerification.Time(checkpoint.CreatedUtc)}");
            }
        }

        return null;
    }

    private static AuditBreak InvalidSignature(AuditCheckpoint checkpoint) =>
        new(checkpoint.Sequence, null, $"the checkpoint of {AuditVerification.Time(checkpoint.CreatedUtc)} does not carry a valid signature");
}
