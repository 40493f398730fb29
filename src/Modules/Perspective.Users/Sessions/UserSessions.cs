using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Users.Data;

namespace Perspective.Users.Sessions;

internal sealed class UserSessions(TenantDbContext db, TimeProvider time) : IUserSessions
{
    public Task EndAllAsync(string userId, string reason, CancellationToken cancellationToken = default) =>
        EndOthersAsync(userId, keepSessionId: null, reason, cancellationToken);

    public async Task EndOthersAsync(string userId, string? keepSessionId, string reason, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<UserSession>()
            .Where(s => s.UserId == userId && s.EndedUtc == null && s.Id != keepSessionId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedUtc, now).SetProperty(s => s.EndReason, reason), cancellationToken);
    }
}
