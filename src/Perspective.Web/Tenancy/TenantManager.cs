using System.Text.RegularExpressions;
using Perspective.Core.Audit;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Tenants;
using Perspective.Users.Invitations;

namespace Perspective.Web.Tenancy;

/// <summary>
/// Creates, disables, enables and deletes tenants. Creating one checks everything first, then
/// records it (Uninitialized, so it answers 503 meanwhile), creates and migrates its database,
/// runs its setup recipe inside it, invites its administrator when an address was given, and only
/// then marks it Running.
/// </summary>
public sealed partial class TenantManager(
    ITenantCatalog catalog, ITenantDatabases databases, TenantScopes scopes, TenantRecipes recipes, IConfiguration configuration, TimeProvider time) : ITenantManager
{
    public async Task<IReadOnlyList<(string Field, string Message)>> CreateAsync(NewTenant request, IProgress<(int Step, int Steps, string Name)>? progress = null, CancellationToken cancellationToken = default)
    {
        var problems = await CheckAsync(request, cancellationToken);
        if (problems.Count > 0)
        {
            return problems;
        }

        var tenant = new Tenant
        {
            Name = request.Name,
            DisplayName = request.DisplayName,
            HostNames = request.HostNames.Select(h => h.ToLowerInvariant()).ToList(),
            UrlPrefix = request.UrlPrefix,
            State = TenantState.Uninitialized,
            SetupRecipe = request.RecipeName,
            AdminEmail = request.AdminEmail,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };

        await catalog.SaveAsync(tenant, cancellationToken);
        try
        {
            await databases.CreateAndMigrateAsync(tenant.Name, cancellationToken);
            var recipe = (await recipes.FindSetupRecipeAsync(tenant, request.RecipeName, cancellationToken))!;
            var values = TenantRecipes.SetupValues(request.DisplayName, request.AdminEmail);
            var stepProgress = progress is null ? null : new Progress<RecipeProgress>(p => progress.Report((p.StepIndex, p.StepCount, p.StepName)));
            var result = await recipes.RunAsync(tenant, recipe.ToSource(), values, stepProgress, cancellationToken);
            if (!result.Succeeded)
            {
                await RemoveHalfMadeAsync(tenant.Name);
                return result.Errors.Select(e => ("", e)).ToList();
            }

            await using var scope = scopes.CreateScope(tenant);
            if (request.AdminEmail is { } adminEmail)
            {
                // Through the tenant's own invitation service: its database, its outbox, links to its address.
                await scope.ServiceProvider.GetRequiredService<InvitationSender>().SendToFirstAdministratorAsync(adminEmail, request.DisplayName, cancellationToken);
            }

            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordNowAsync(
                TenantsEvents.Created, "tenant", tenant.Name, request.AdminEmail is null ? null : $"Administrator invited: {request.AdminEmail}", cancellationToken);
        }
        catch
        {
            // A tenant that could not be made leaves nothing behind, so its name can be used again.
            await RemoveHalfMadeAsync(tenant.Name);
            throw;
        }

        tenant.State = TenantState.Running;
        await catalog.SaveAsync(tenant, cancellationToken);
        return [];
    }

    private async Task RemoveHalfMadeAsync(string name)
    {
        await catalog.RemoveAsync(name, CancellationToken.None);
        await databases.DeleteAsync(name, CancellationToken.None);
    }

    public Task DisableAsync(string name, CancellationToken cancellationToken = default) => SetStateAsync(name, TenantState.Disabled, cancellationToken);

    public Task EnableAsync(string name, CancellationToken cancellationToken = default) => SetStateAsync(name, TenantState.Running, cancellationToken);

    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var tenant = await RequireAsync(name, cancellationToken);
        if (tenant.IsDefault)
        {
            throw new InvalidOperationException("The default tenant cannot be deleted.");
        }

        await catalog.RemoveAsync(tenant.Name, cancellationToken);
        await databases.DeleteAsync(tenant.Name, cancellationToken);
    }

    public async Task<IReadOnlyList<(string Field, string Message)>> CheckAsync(NewTenant request, CancellationToken cancellationToken = default)
    {
        var problems = new List<(string, string)>();
        var existing = await catalog.ListAsync(cancellationToken);
        if (!NamePattern().IsMatch(request.Name))
        {
            problems.Add((nameof(NewTenant.Name), "Name must be 2 to 40 lower-case letters, numbers or hyphens, starting with a letter"));
        }
        else if (existing.Any(t => string.Equals(t.Name, request.Name, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add((nameof(NewTenant.Name), $"There is already a tenant called '{request.Name}'"));
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            problems.Add((nameof(NewTenant.DisplayName), "Enter the Local Authority's name"));
        }

        if (request.HostNames.Count == 0 && request.UrlPrefix is null)
        {
            problems.Add((nameof(NewTenant.HostNames), "Enter a host name or a URL prefix"));
        }

        foreach (var host in request.HostNames)
        {
            if (Uri.CheckHostName(host) is UriHostNameType.Unknown or UriHostNameType.Basic)
            {
                problems.Add((nameof(NewTenant.HostNames), $"'{host}' is not a host name, like portal.northshire.gov.uk"));
            }
            else if (existing.Any(t => t.HostNames.Contains(host, StringComparer.OrdinalIgnoreCase)))
            {
                problems.Add((nameof(NewTenant.HostNames), $"Host name '{host}' is already used by another tenant"));
            }
        }

        if (request.UrlPrefix is { } prefix)
        {
            if (!NamePattern().IsMatch(prefix))
            {
                problems.Add((nameof(NewTenant.UrlPrefix), "URL prefix must be 2 to 40 lower-case letters, numbers or hyphens, starting with a letter"));
            }
            else if (existing.Any(t => string.Equals(t.UrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)) || ReservedPrefixes.Contains(prefix))
            {
                problems.Add((nameof(NewTenant.UrlPrefix), $"URL prefix '{prefix}' is already in use"));
            }
        }

        problems.AddRange(CheckAdminEmail(request));

        if (await recipes.FindSetupRecipeAsync(existing.First(t => t.IsDefault), request.RecipeName, cancellationToken) is null)
        {
            problems.Add((nameof(NewTenant.RecipeName), $"There is no setup recipe called '{request.RecipeName}'"));
        }

        return problems;
    }

    /// <summary>The administrator's address, when given, must take an email, and the email's link must be able to reach the tenant.</summary>
    private IEnumerable<(string, string)> CheckAdminEmail(NewTenant request)
    {
        if (request.AdminEmail is not { } email)
        {
            yield break;
        }

        if (email.Length > 256 || !System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            yield return (nameof(NewTenant.AdminEmail), "Enter an email address in the correct format, like name@example.com");
        }
        else if (request.HostNames.Count == 0 && string.IsNullOrEmpty(configuration["Perspective:PublicUrl"]))
        {
            // The invitation is sent after the request that asked for it, so no request's address can stand in.
            yield return (nameof(NewTenant.AdminEmail),
                "To invite the administrator of a tenant reached by URL prefix, the portal's public address (Perspective:PublicUrl) must be set. Give the tenant a host name, or leave the email address out");
        }
    }

    // Prefixes that are the default tenant's own top-level paths.
    private static readonly HashSet<string> ReservedPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "error", "health", "setup", "sign-in", "sign-out", "account", "_content",
    };

    private async Task SetStateAsync(string name, TenantState state, CancellationToken cancellationToken)
    {
        var tenant = await RequireAsync(name, cancellationToken);
        if (tenant.IsDefault)
        {
            throw new InvalidOperationException("The default tenant cannot be disabled: it holds the platform administration.");
        }

        if (tenant.State == TenantState.Uninitialized)
        {
            throw new InvalidOperationException($"Tenant '{name}' has not finished being set up.");
        }

        tenant.State = state;
        await catalog.SaveAsync(tenant, cancellationToken);
    }

    private async Task<Tenant> RequireAsync(string name, CancellationToken cancellationToken) =>
        await catalog.FindAsync(name, cancellationToken) ?? throw new InvalidOperationException($"There is no tenant called '{name}'.");

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex NamePattern();
}
