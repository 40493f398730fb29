using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Perspective.Core.Data;
using Perspective.Core.Security;

namespace Perspective.Core.Audit;

internal sealed class AuditLog(TenantDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider time) : IAuditLog
{
    private const int MaxDetailsLength = 1000;

    public void Record(string action, string? objectType = null, string? objectId = null, string? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        var http = httpContextAccessor.HttpContext;
        var user = http?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;

        db.AuditEvents.Add(new AuditEvent
        {
            OccurredUtc = time.GetUtcNow().UtcDateTime,
            Action = action,
            UserId = signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            UserName = signedIn ? user!.Identity!.Name : null,
            OrganisationId = signedIn ? user!.FindFirstValue(PerspectiveClaimTypes.OrganisationId) : null,
            ObjectType = objectType,
            ObjectId = objectId,
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
            Details = details is { Length: > MaxDetailsLength } ? details[..MaxDetailsLength] : details,
        });
    }

    public async Task RecordNowAsync(string action, string? objectType = null, string? objectId = null, string? details = null, CancellationToken cancellationToken = default)
    {
        Record(action, objectType, objectId, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
