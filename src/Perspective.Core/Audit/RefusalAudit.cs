using System.Globalization;
using Microsoft.AspNetCore.Http;
using Perspective.Core.Tenants;

namespace Perspective.Core.Audit;

internal sealed class RefusalAudit(IAuditLog audit, RefusalThrottle throttle, ITenantContext tenant, IHttpContextAccessor http) : IRefusalAudit
{
    public const string SuppressedAction = "audit.refusals-suppressed";

    public async Task RecordAsync(string action, string? objectType = null, string? objectId = null, string? details = null)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        switch (throttle.Admit(tenant.Current.Name, action, address, out var windowEnds))
        {
            case RefusalAdmission.Record:
                // Not the request's token: a refusal is recorded even when the client has gone.
                await audit.RecordNowAsync(action, objectType, objectId, details, CancellationToken.None);
                break;
            case RefusalAdmission.RecordSuppression:
                await audit.RecordNowAsync(SuppressedAction, details: string.Create(CultureInfo.InvariantCulture,
                    $"Too many {action} from this address: no more are recorded until {windowEnds.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC"), cancellationToken: CancellationToken.None);
                break;
        }
    }
}
