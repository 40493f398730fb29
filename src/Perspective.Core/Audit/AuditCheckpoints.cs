using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Core.Audit;

/// <summary>Writes a signed checkpoint of the chain's head when events were added since the last one.</summary>
public sealed class AuditCheckpoints(TenantDbContext db, AuditCheckpointSigner signer, TimeProvider time)
{
    /// <summary>The new checkpoint, or null when the chain is empty or has not grown.</summary>
    public async Task<AuditCheckpoint?> WriteAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Sequence != null)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { Sequence = e.Sequence!.Value, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var last = await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.Sequence).Select(c => (long?)c.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (head?.Hash is null || head.Sequence <= (last ?? 0))
        {
            return null;
        }

        var createdUtc = AuditChain.Stored(time.GetUtcNow().UtcDateTime);
        var checkpoint = new AuditCheckpoint
        {
            Sequence = head.Sequence,
            Hash = head.Hash,
            CreatedUtc = createdUtc,
            Signature = signer.Sign(head.Sequence, head.Hash, createdUtc),
        };
        db.AuditCheckpoints.Add(checkpoint);
        await db.SaveChangesAsync(cancellationToken);
        return checkpoint;
    }
}
