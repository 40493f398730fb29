using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Theme.TagHelpers;

namespace Perspective.Tenants.Pages.Tenants.Create;

/// <summary>The create-a-tenant form. Valid answers go to check answers; nothing is created here.</summary>
[Authorize(Policy = "Permission:ManageTenants")]
public sealed class CreateTenantModel(ITenantManager manager, IRecipeCatalog recipes) : PageModel
{
    private const string SlugPattern = "^[a-z][a-z0-9-]{1,39}$";

    // The tenant pages' own route segment: a tenant of this name could never be reached.
    private const string ReservedName = "create";

    [BindProperty]
    [Required(ErrorMessage = "Enter a name for the tenant")]
    [RegularExpression(SlugPattern, ErrorMessage = "Name must be 2 to 40 lower-case letters, numbers or hyphens, starting with a letter")]
    public string? Name { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the Local Authority's name")]
    [StringLength(200, ErrorMessage = "Local Authority name must be 200 characters or fewer")]
    public string? LocalAuthorityName { get; set; }

    [BindProperty]
    [StringLength(253, ErrorMessage = "Host name must be 253 characters or fewer")]
    public string? HostName { get; set; }

    [BindProperty]
    [RegularExpression(SlugPattern, ErrorMessage = "URL prefix must be 2 to 40 lower-case letters, numbers or hyphens, starting with a letter")]
    public string? UrlPrefix { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select a setup recipe")]
    public string? Recipe { get; set; }

    [BindProperty]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? AdminEmail { get; set; }

    public IReadOnlyList<SelectListItem> RecipeChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Back from check answers to change something: the form shows every answer given.
        if (NewTenantAnswers.Peek(TempData) is { } answers)
        {
            (Name, LocalAuthorityName, HostName, UrlPrefix, Recipe, AdminEmail) = answers;
        }

        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var answers = new NewTenantAnswers(
            Name?.Trim() ?? "",
            LocalAuthorityName?.Trim() ?? "",
            Blank(HostName)?.ToLowerInvariant(),
            Blank(UrlPrefix),
            Recipe ?? "",
            Blank(AdminEmail));

        if (answers.Name == ReservedName)
        {
            ModelState.AddModelError(nameof(Name), $"The name '{ReservedName}' is reserved. Choose another name");
        }

        if (answers is { HostName: not null, UrlPrefix: not null })
        {
            // The host resolves a tenant with host names by host alone; its prefix would never be used.
            ModelState.AddModelError(nameof(UrlPrefix), "Enter a host name or a URL prefix, not both");
        }

        foreach (var (field, message) in await manager.CheckAsync(answers.ToRequest(), cancellationToken))
        {
            // A field that already failed its own validation keeps that first, plainer message.
            var key = NewTenantAnswers.FieldFor(field);
            if (ModelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                ModelState.AddModelError(key, message);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        answers.Keep(TempData);
        return LocalRedirect(Url.Content("~/admin/tenants/create/check-answers"));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        RecipeChoices = (await recipes.ListAsync(cancellationToken))
            .Where(r => r is { IsValid: true, IsSetupRecipe: true })
            .Select(r => (SelectListItem)new GovUkChoice(r.Name, r.DisplayName ?? r.Name, r.Description))
            .ToList();
}
