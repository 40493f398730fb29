using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Tenants.Creation;

namespace Perspective.Tenants.Pages.Tenants.Create;

/// <summary>
/// How far a tenant's creation has got. The page updates itself by polling the Status handler
/// (progress.js); without JavaScript its "Check progress" link reloads it. Once the tenant exists
/// both lead to its page, with the success banner; a failure is shown here with its problems.
/// Only the administrator who started the creation can see it: anyone else gets 404.
/// </summary>
[Authorize(Policy = "Permission:ManageTenants")]
public sealed class ProgressModel(TenantCreationJobs jobs) : PageModel
{
    public TenantCreationJob? Job { get; private set; }

    [TempData(Key = TenantBanner.Key)]
    public string? Banner { get; set; }

    /// <summary>What the page (and progress.js, in the same words) says the creation is doing.</summary>
    public string StatusText => Job is { Steps: > 0 } job
        ? $"Step {job.Step} of {job.Steps}: {job.StepName}"
        : "Creating the tenant's database";

    public IActionResult OnGet(string jobId)
    {
        if (!Find(jobId))
        {
            return NotFound();
        }

        if (Job!.State == TenantCreationState.Succeeded)
        {
            return LocalRedirect(Finish());
        }

        foreach (var problem in Job.Problems)
        {
            ModelState.AddModelError("", problem);
        }

        return Page();
    }

    /// <summary>The job's state for progress.js: <c>{ state, step, steps, stepName, redirect }</c>.</summary>
    public IActionResult OnGetStatus(string jobId)
    {
        if (!Find(jobId))
        {
            return NotFound();
        }

        var job = Job!;
        var redirect = job.State == TenantCreationState.Succeeded ? Finish() : null;
        return new JsonResult(new { state = job.State.ToString(), step = job.Step, steps = job.Steps, stepName = job.StepName, redirect });
    }

    private bool Find(string jobId)
    {
        Job = jobs.Find(jobId, User.FindFirstValue(ClaimTypes.NameIdentifier));
        return Job is not null;
    }

    /// <summary>The journey is over: its answers are forgotten and the tenant's page says it was created.</summary>
    private string Finish()
    {
        if (NewTenantAnswers.Peek(TempData)?.Name == Job!.TenantName)
        {
            NewTenantAnswers.Forget(TempData);
        }

        Banner = $"Tenant {Job.TenantName} created";
        return Url.Content("~/admin/tenants/" + Job.TenantName);
    }
}
