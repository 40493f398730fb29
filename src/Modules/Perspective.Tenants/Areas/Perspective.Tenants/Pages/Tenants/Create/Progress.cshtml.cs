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
/// The creation is read from the default tenant's database, so every node shows the same. Only the
/// administrator who started the creation can see it: anyone else gets 404.
/// </summary>
[Authorize(Policy = "Permission:ManageTenants")]
public sealed class ProgressModel(TenantCreations creations) : PageModel
{
    public TenantCreation? Creation { get; private set; }

    [TempData(Key = TenantBanner.Key)]
    public string? Banner { get; set; }

    /// <summary>What the page (and progress.js, in the same words) says the creation is doing.</summary>
    public string StatusText => Creation is { Steps: > 0 } creation
        ? $"Step {creation.Step} of {creation.Steps}: {creation.StepName}"
        : "Creating the tenant's database";

    public async Task<IActionResult> OnGetAsync(string creationId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(creationId, cancellationToken))
        {
            return NotFound();
        }

        if (Creation!.State == TenantCreationState.Succeeded)
        {
            return LocalRedirect(Finish());
        }

        foreach (var problem in Creation.Problems)
        {
            ModelState.AddModelError("", problem);
        }

        return Page();
    }

    /// <summary>The creation's state for progress.js: <c>{ state, step, steps, stepName, redirect }</c>.</summary>
    public async Task<IActionResult> OnGetStatusAsync(string creationId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(creationId, cancellationToken))
        {
            return NotFound();
        }

        var creation = Creation!;
        var redirect = creation.State == TenantCreationState.Succeeded ? Finish() : null;
        return new JsonResult(new { state = creation.State.ToString(), step = creation.Step, steps = creation.Steps, stepName = creation.StepName, redirect });
    }

    private async Task<bool> FindAsync(string creationId, CancellationToken cancellationToken)
    {
        Creation = await creations.FindAsync(creationId, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        return Creation is not null;
    }

    /// <summary>The journey is over: its answers are forgotten and the tenant's page says it was created.</summary>
    private string Finish()
    {
        if (NewTenantAnswers.Peek(TempData)?.Name == Creation!.TenantName)
        {
            NewTenantAnswers.Forget(TempData);
        }

        Banner = $"Tenant {Creation.TenantName} created";
        return Url.Content("~/admin/tenants/" + Creation.TenantName);
    }
}
