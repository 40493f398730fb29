using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perspective.Core.Accounts;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Users.Data;

namespace Perspective.Users.Sessions;

/// <summary>
/// Checks a sign-in cookie against its server-side session on every request: the session must
/// exist, not have ended, not be idle past the timeout nor older than its absolute lifetime, and
/// its account must not be deactivated. Anything else ends the session and signs the cookie out.
/// </summary>
internal sealed class SessionValidator(TenantDbContext db, TimeProvider time, IOptions<SessionTimeouts> timeouts)
{
    // Writing the last-seen time on every request would be a write per page; once a minute is enough
    // for an idle timeout measured in tens of minutes.
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    public async Task<bool> ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirst(PerspectiveClaimTypes.Session)?.Value;
        var userId = context.Principal?.UserId();
        if (sessionId is null || userId is null)
        {
            return false;
        }

        var found = await db.Set<UserSession>()
            .Where(s => s.Id == sessionId && s.UserId == userId)
            .Select(s => new { Session = s, Deactivated = db.Users.Any(u => u.Id == s.UserId && u.DeactivatedUtc != null) })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (found is null || found.Session.EndedUtc is not null)
        {
            return false;
        }

        var session = found.Session;
        var now = time.GetUtcNow().UtcDateTime;
        var endReason =
            found.Deactivated ? "deactivated"
            : now - session.LastSeenUtc > timeouts.Value.IdleTimeout ? "idle"
            : now - session.CreatedUtc > timeouts.Value.AbsoluteLifetime ? "expired"
            : null;
        if (endReason is not null)
        {
            session.EndedUtc = now;
            session.EndReason = endReason;
            await db.SaveChangesAsync(context.HttpContext.RequestAborted);
            return false;
        }

        if (now - session.LastSeenUtc >= LastSeenResolution)
        {
            session.LastSeenUtc = now;
            await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        }

        return true;
    }
}
