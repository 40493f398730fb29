using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;

namespace Perspective.Email.Outbox;

/// <summary>
/// What an LA admin may see of the outbox: each message's kind, recipient, subject, state, attempts
/// and last error, never its content. A dead letter's content is gone (it may have held a sign-in
/// link), so it cannot be sent again from here: whatever sent it (an invitation, a reset) is done again.
/// </summary>
public sealed class OutboxAdministration(TenantDbContext db)
{
    public IQueryable<OutboxMessage> Messages => db.Set<OutboxMessage>().AsNoTracking();
}
