using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Tenants.Creation;

namespace Perspective.Tenants.Pages.Tenants.Create;

/// <summary>
/// Shows the answers with links to change them, then records the tenant's creation, which a job
/// carries out on any node, and sends the administrator to its progress page. The answers are kept
/// until the tenant exists, so a creation that fails can be tried again from the form.
/// </summary>
[Authorize(Policy = "Permission:ManageTenants")]
public sealed class CheckAnswersModel(ITenantManager manager, TenantCreations creations, IRecipeCatalog recipes, IAuditLog audit) : PageModel
{
    public NewTenantAnswers? Answers { get; private set; }

    public string RecipeName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : StartAgain();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return StartAgain();
        }

        // Only the administrator who starts the creation may follow it, so it is theirs by id.
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } userId)
        {
            return Forbid();
        }

        var answers = Answers!;
        // Recorded before the work, so that a creation which fails or never finishes still leaves a trace.
        await audit.RecordNowAsync(
            TenantsEvents.CreateRequested, "tenant", answers.Name,
            $"Host name: {answers.HostName ?? "none"}; URL prefix: {answers.UrlPrefix ?? "none"}; recipe: {answers.Recipe}; administrator to invite: {answers.AdminEmail ?? "none"}",
            cancellationToken);

        // A second click while the creation runs leads to it; the tenant's record then exists, so checking first would refuse it.
        var running = await creations.FindRunningAsync(answers.Name, cancellationToken);
        var request = answers.ToRequest();
        var problems = running is null ? (await manager.CheckAsync(request, cancellationToken)).Select(p => p.Message).ToList() : [];
        var creationId = running is not null
            ? (running.OwnerId == userId ? running.Id : null)
            : problems.Count == 0 ? await creations.StartAsync(request, userId, cancellationToken) : null;
        if (creationId is null)
        {
            // Something changed since the form was checked (another admin took the name); say what, and keep the answers.
            foreach (var message in problems.DefaultIfEmpty($"There is already a tenant called '{answers.Name}' being created"))
            {
                ModelState.AddModelError("", message);
            }

            return Page();
        }

        return LocalRedirect(Url.Content("~/admin/tenants/create/progress/" + creationId));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Answers = NewTenantAnswers.Peek(TempData);
        if (Answers is null)
        {
            return false;
        }

        var recipe = await recipes.FindAsync(Answers.Recipe, cancellationToken);
        RecipeName = recipe?.DisplayName ?? Answers.Recipe;
        return true;
    }

    // The answers have gone (the cookie expired or was never set): start the journey again.
    private LocalRedirectResult StartAgain() => LocalRedirect(Url.Content("~/admin/tenants/create"));
}
