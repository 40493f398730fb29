using Microsoft.EntityFrameworkCore;
using Perspective.Core.Audit;
using Perspective.Core.Data;

namespace Perspective.Email.Outbox;

/// <summary>What an LA admin may do with the outbox: look at messages and retry dead-lettered ones.</summary>
public sealed class OutboxAdministration(TenantDbContext db, IAuditLog audit, TimeProvider time)
{
    public IQueryable<OutboxMessage> Messages => db.Set<OutboxMessage>().AsNoTracking();

    /// <summary>Puts a dead-lettered message back in the queue, due now, with its attempts reset. False when there is no such dead letter.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        var message = await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.Id == id && m.State == OutboxState.DeadLetter && m.HtmlBody != "", cancellationToken);
        if (message is null)
        {
            return false;
        }

        message.State = OutboxState.Queued;
        message.Attempts = 0;
        message.DueUtc = time.GetUtcNow().UtcDateTime;
        audit.Record("email.retried", "email", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
