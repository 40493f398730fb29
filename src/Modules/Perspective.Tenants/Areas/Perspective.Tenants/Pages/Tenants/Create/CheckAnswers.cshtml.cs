using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Core.Audit;
using Perspective.Core.Tenants;
using Perspective.Recipes;

namespace Perspective.Tenants.Pages.Tenants.Create;

/// <summary>Shows the answers with links to change them, then creates the tenant.</summary>
[Authorize(Policy = "Permission:ManageTenants")]
public sealed class CheckAnswersModel(ITenantManager manager, IRecipeCatalog recipes, IAuditLog audit) : PageModel
{
    public NewTenantAnswers? Answers { get; private set; }

    public string RecipeName { get; private set; } = "";

    [TempData(Key = TenantBanner.Key)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : StartAgain();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return StartAgain();
        }

        var answers = Answers!;
        // Recorded before the work, so that a creation which fails or never finishes still leaves a trace.
        await audit.RecordNowAsync(
            "tenants.create-requested", "tenant", answers.Name,
            $"Host name: {answers.HostName ?? "none"}; URL prefix: {answers.UrlPrefix ?? "none"}; recipe: {answers.Recipe}",
            cancellationToken);

        var problems = await manager.CreateAsync(answers.ToRequest(), cancellationToken: cancellationToken);
        if (problems.Count > 0)
        {
            // Something changed since the form was checked (another admin took the name); say what, and keep the answers.
            foreach (var (_, message) in problems)
            {
                ModelState.AddModelError("", message);
            }

            return Page();
        }

        NewTenantAnswers.Forget(TempData);
        Banner = $"Tenant {answers.Name} created";
        return LocalRedirect(Url.Content("~/admin/tenants/" + answers.Name));
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
