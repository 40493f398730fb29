using Perspective.Core.Security;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Users;
using Perspective.Users.Demo;
using Perspective.Web.Tenancy;

namespace Perspective.Web.Setup;

/// <summary>
/// First-run setup of the default tenant: runs the chosen setup recipe, creates the administrator
/// (Platform admin and LA admin) and marks the tenant Running. Everything is checked before
/// anything is written; after success the setup screen is gone for good.
/// </summary>
public sealed class SetupService(ITenantCatalog catalog, TenantScopes scopes, TenantRecipes recipes, DemoPasswords demoPasswords, ILogger<SetupService> logger)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<bool> IsNeededAsync(CancellationToken cancellationToken = default) =>
        (await catalog.FindAsync(Tenant.DefaultName, cancellationToken))!.State == TenantState.Uninitialized;

    /// <summary>The checks the setup screen makes with its own messages, repeated for the CLI and auto-setup.</summary>
    private static List<string> Check(SetupRequest request)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.SiteName) || request.SiteName.Length > 200)
        {
            problems.Add("Enter the Local Authority's name, 200 characters or fewer.");
        }

        if (string.IsNullOrWhiteSpace(request.AdminName) || request.AdminName.Length > 200)
        {
            problems.Add("Enter the administrator's full name, 200 characters or fewer.");
        }

        if (!System.Net.Mail.MailAddress.TryCreate(request.AdminEmail, out var address) || address.Address != request.AdminEmail)
        {
            problems.Add("Enter the administrator's email address in the correct format, like name@example.com.");
        }

        return problems;
    }

    /// <returns>The problems that stopped setup; empty when it succeeded.</returns>
    public async Task<IReadOnlyList<string>> SetUpAsync(SetupRequest request, IProgress<RecipeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            // Passwords of demonstration accounts from an earlier attempt that failed are never shown.
            demoPasswords.Take(Tenant.DefaultName);
            if (Check(request) is { Count: > 0 } invalid)
            {
                return invalid;
            }

            var stored = (await catalog.FindAsync(Tenant.DefaultName, cancellationToken))!;
            if (stored.State != TenantState.Uninitialized)
            {
                return ["This portal has already been set up."];
            }

            var tenant = new Tenant
            {
                Name = Tenant.DefaultName,
                DisplayName = request.SiteName,
                State = TenantState.Uninitialized,
                CreatedUtc = stored.CreatedUtc,
                SetupRecipe = request.RecipeName,
                AdminEmail = request.AdminEmail,
            };

            var recipe = await recipes.FindSetupRecipeAsync(tenant, request.RecipeName, cancellationToken);
            if (recipe is null)
            {
                return [$"There is no setup recipe called '{request.RecipeName}'."];
            }

            var values = TenantRecipes.SetupValues(request.SiteName, request.AdminEmail);
            await using (var scope = scopes.CreateScope(tenant))
            {
                var problems = (await scope.ServiceProvider.GetRequiredService<IAccountCreator>().CheckPasswordAsync(request.AdminPassword))
                    .Concat((await recipes.ValidateAsync(tenant, recipe.ToSource(), values, cancellationToken)).Errors)
                    .ToList();
                if (problems.Count > 0)
                {
                    return problems;
                }
            }

            var run = await recipes.RunAsync(tenant, recipe.ToSource(), values, progress, cancellationToken);
            if (!run.Succeeded)
            {
                return run.Errors;
            }

            await using (var scope = scopes.CreateScope(tenant))
            {
                var created = await scope.ServiceProvider.GetRequiredService<IAccountCreator>().CreateAsync(
                    request.AdminName, request.AdminEmail, request.AdminPassword, [BuiltInRoles.PlatformAdmin, BuiltInRoles.LaAdmin], cancellationToken);
                if (created.Count > 0)
                {
                    return created;
                }
            }

            tenant.State = TenantState.Running;
            await catalog.SaveAsync(tenant, cancellationToken);
            logger.LogInformation("The portal was set up with recipe {Recipe}.", request.RecipeName);
            return [];
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
