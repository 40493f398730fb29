using System.Globalization;
using Microsoft.AspNetCore.Http;
using Perspective.Core.Events;
using Perspective.Core.Tenants;

namespace Perspective.Core.Audit;

internal sealed class RefusalAudit(IAuditLog audit, RefusalThrottle throttle, ITenantContext tenant, IHttpContextAccessor http) : IRefusalAudit
{
    public async Task RecordAsync(AuditKind kind, string? objectType = null, string? objectId = null, string? details = null)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        switch (throttle.Admit(tenant.Current.Name, kind.Name, address, out var windowEnds))
        {
            case RefusalAdmission.Record:
                // Not the request's token: a refusal is recorded even when the client has gone.
                await audit.RecordNowAsync(kind, objectType, objectId, details, CancellationToken.None);
                break;
            case RefusalAdmission.RecordSuppression:
                await audit.RecordNowAsync(KernelEvents.RefusalsSuppressed, details: string.Create(CultureInfo.InvariantCulture,
                    $"Too many {kind.Name} from this address: no more are recorded until {windowEnds.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC"), cancellationToken: CancellationToken.None);
                break;
        }
    }
}
