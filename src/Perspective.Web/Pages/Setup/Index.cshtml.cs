using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perspective.Users.SignIn;
using Microsoft.AspNetCore.Mvc.Rendering;
using Perspective.Core.Accounts;
using Perspective.Core.Tenants;
using Perspective.Users.Demo;
using Perspective.Recipes;
using Perspective.Theme.TagHelpers;
using Perspective.Web.Setup;

namespace Perspective.Web.Pages.Setup;

/// <summary>First-run setup. Answers 404 once the portal is set up.</summary>
[AllowAnonymous]
public sealed class SetupModel(SetupService setup, IRecipeCatalog recipes, UserManager<PerspectiveUser> users, ISignInFlow signInFlow, DemoPasswords demoPasswords) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the Local Authority's name")]
    [StringLength(200, ErrorMessage = "Local Authority name must be 200 characters or fewer")]
    public string? SiteName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select how you want to set up the portal")]
    public string? Recipe { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string? AdminName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? AdminEmail { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a password")]
    [StringLength(1024, MinimumLength = 12, ErrorMessage = "Password must be 12 characters or more")]
    public string? Password { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the password again")]
    [Compare(nameof(Password), ErrorMessage = "Passwords do not match")]
    public string? ConfirmPassword { get; set; }

    /// <summary>The recipe a real Local Authority uses, offered first and chosen unless changed.</summary>
    public const string DefaultRecipe = "la-portal";

    public IReadOnlyList<SelectListItem> RecipeChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await setup.IsNeededAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadChoicesAsync(cancellationToken);
        Recipe ??= RecipeChoices.Count > 0 ? RecipeChoices[0].Value : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await setup.IsNeededAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadChoicesAsync(cancellationToken);
        if (Recipe is not null && RecipeChoices.All(c => c.Value != Recipe))
        {
            ModelState.AddModelError(nameof(Recipe), "Select how you want to set up the portal");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var problems = await setup.SetUpAsync(new SetupRequest(SiteName!.Trim(), Recipe!, AdminName!.Trim(), AdminEmail!.Trim(), Password!), cancellationToken: cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError("", problem);
            }

            return Page();
        }

        var admin = await users.FindByEmailAsync(AdminEmail.Trim());
        // Shown once, on the screen that ends the administrator's two-factor set-up.
        demoPasswords.HoldFor(Tenant.DefaultName, admin!.Id);
        // The administrator's role requires two-factor: they set it up now, before anything else.
        return await signInFlow.PasswordVerifiedAsync(this, admin!, returnUrl: null);
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        RecipeChoices = (await recipes.ListAsync(cancellationToken))
            .Where(r => r is { IsValid: true, IsSetupRecipe: true })
            .OrderBy(r => r.Name == DefaultRecipe ? 0 : 1)
            .ThenBy(r => r.DisplayName ?? r.Name, StringComparer.Ordinal)
            .Select(r => (SelectListItem)new GovUkChoice(r.Name, r.DisplayName ?? r.Name, r.Description))
            .ToList();
}
