using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Audit.Trail;
using Perspective.Core.Audit;

namespace Perspective.Audit.Pages;

/// <summary>Checks the tenant's hash chain and checkpoints on request (a POST: it reads every event), and records that it did.</summary>
[Authorize(Policy = "Permission:ViewAuditTrail")]
public sealed class AuditVerifyModel(AuditTrailVerifier verifier, IAuditLog audit) : PageModel
{
    public AuditVerification? Result { get; private set; }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Result = await verifier.VerifyAsync(cancellationToken);
        await audit.RecordNowAsync(AuditTrailEvents.Verified, details: Result.Summary, cancellationToken: cancellationToken);
    }
}
