using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Accounts;
using Perspective.Core.Audit;
using Perspective.Core.Data;
using Perspective.Core.Tenants;
using Perspective.Recipes;
using Perspective.Tenants;
using Perspective.Users.Invitations;

namespace Perspective.Web.Tenancy;

/// <summary>
/// Creates, disables, enables and deletes tenants. Creating one checks everything first, then
/// records it (Uninitialized, so it answers 503 meanwhile), creates and migrates its database,
/// runs its setup recipe inside it, invites its administrator when an address was given, and only
/// then marks it Running. Each step can be run again without harm, so a creation cut short by a
/// restart is finished by running it again (the Tenants module's job does).
/// </summary>
public sealed partial class TenantManager(
    ITenantCatalog catalog, ITenantDatabases databases, TenantScopes scopes, TenantRecipes recipes, IConfiguration configuration, TimeProvider time) : ITenantManager
{
    public async Task<IReadOnlyList<(string Field, string Message)>> CreateAsync(
        NewTenant request, bool carryOn, IProgress<(int Step, int Steps, string Name)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A run again of a creation cut short finds its record still being set up, and carries on with it.
        var halfMade = carryOn && await catalog.FindAsync(request.Name, cancellationToken) is { State: TenantState.Uninitialized, IsDefault: false } found ? found : null;
        var problems = await CheckAsync(request, halfMade?.Name, cancellationToken);
        if (problems.Count > 0)
        {
            return problems;
        }

        var tenant = halfMade ?? new Tenant
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

        if (halfMade is null)
        {
            await catalog.SaveAsync(tenant, cancellationToken);
        }

        try
        {
            // Creating and migrating a database that exists changes nothing, and running a recipe twice changes nothing the second time.
            await databases.CreateAndMigrateAsync(tenant.Name, cancellationToken);
            var recipe = (await recipes.FindSetupRecipeAsync(tenant, request.RecipeName, cancellationToken))!;
            var values = TenantRecipes.SetupValues(request.DisplayName, request.AdminEmail);
            var stepProgress = progress is null ? null : new StepProgress(progress);
            var result = await recipes.RunAsync(tenant, recipe.ToSource(), values, stepProgress, cancellationToken);
            if (!result.Succeeded)
            {
                await RemoveHalfMadeAsync(tenant.Name);
                return result.Errors.Select(e => ("", e)).ToList();
            }

            await RecordCreatedAsync(tenant, request, cancellationToken);
        }
        catch (OperationCanceledException) when (carryOn && cancellationToken.IsCancellationRequested)
        {
            // Stopped part way (the node is stopping): kept, so that the next run finishes it.
            throw;
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

    /// <summary>
    /// Invites the administrator (when an address was given), then records <c>tenants.created</c> in
    /// the tenant. A creation run again finds each done already and does neither twice.
    /// </summary>
    private async Task RecordCreatedAsync(Tenant tenant, NewTenant request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        // The record is an event in the tenant's outbox; the audit trail gets it from there.
        if (await db.Events.AnyAsync(e => e.Name == TenantsEvents.Created.Name, cancellationToken)
            || await db.AuditEvents.AnyAsync(e => e.Action == TenantsEvents.Created.Name, cancellationToken))
        {
            return;
        }

        if (request.AdminEmail is { } adminEmail
            && await scope.ServiceProvider.GetRequiredService<UserManager<PerspectiveUser>>().FindByEmailAsync(adminEmail) is null)
        {
            // Through the tenant's own invitation service: its database, its outbox, links to its address.
            await scope.ServiceProvider.GetRequiredService<InvitationSender>().SendToFirstAdministratorAsync(adminEmail, request.DisplayName, cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordNowAsync(
            TenantsEvents.Created, "tenant", tenant.Name, request.AdminEmail is null ? null : $"Administrator invited: {request.AdminEmail}", cancellationToken);
    }

    /// <summary>Passes each recipe step on as it starts, on the recipe's own thread, so none arrives after the creation has finished.</summary>
    private sealed class StepProgress(IProgress<(int Step, int Steps, string Name)> progress) : IProgress<RecipeProgress>
    {
        public void Report(RecipeProgress value) => progress.Report((value.StepIndex, value.StepCount, value.StepName));
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

    public Task<IReadOnlyList<(string Field, string Message)>> CheckAsync(NewTenant request, CancellationToken cancellationToken = default) =>
        CheckAsync(request, null, cancellationToken);

    /// <summary>The checks, leaving out the record of <paramref name="resuming"/> (a creation's own, when it carries on).</summary>
    private async Task<IReadOnlyList<(string Field, string Message)>> CheckAsync(NewTenant request, string? resuming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<(string, string)>();
        var all = await catalog.ListAsync(cancellationToken);
        var existing = all.Where(t => t.Name != resuming).ToList();
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

        if (await recipes.FindSetupRecipeAsync(all.First(t => t.IsDefault), request.RecipeName, cancellationToken) is null)
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
