using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;
using Perspective.Core.Jobs;
using Perspective.Core.Tenants;

namespace Perspective.Tenants.Pages.Jobs;

/// <summary>
/// Background jobs that failed every attempt, newest first, each with a button to run it again.
/// In an LA's tenant, that tenant's jobs only; in the default tenant (the platform administrator),
/// every tenant's. A job that is not there, or not the tenant's, answers 404. Each retry is audited.
/// </summary>
[Authorize(Policy = "Permission:ManageJobs")]
public sealed class FailedModel(IFailedJobs failed, ITenantContext tenantContext, IAuditLog audit) : PageModel
{
    [TempData(Key = "Perspective.Tenants.JobsBanner")]
    public string? Banner { get; set; }

    public IReadOnlyList<FailedJob> Jobs { get; private set; } = [];

    /// <summary>Whether the list covers every tenant (the platform administrator's view).</summary>
    public bool AllTenants => tenantContext.Current.IsDefault;

    private string? TenantFilter => AllTenants ? null : tenantContext.Current.Name;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Jobs = await failed.ListAsync(TenantFilter, cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(string? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id) || !await failed.RetryAsync(TenantFilter, id, cancellationToken))
        {
            return NotFound();
        }

        await audit.RecordNowAsync(TenantsEvents.JobRetried, "Job", id, cancellationToken: cancellationToken);
        Banner = "The job will run again shortly.";
        return RedirectToPage();
    }
}
