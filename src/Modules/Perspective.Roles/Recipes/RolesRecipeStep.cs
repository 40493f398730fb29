using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Recipes;
using Perspective.Core.Security;
using Perspective.Roles.Data;
using Perspective.Roles.Grants;
using Perspective.Roles.Definitions;

namespace Perspective.Roles.Recipes;

/// <summary>
/// Recipe step <c>roles</c>: <c>{ "name": "roles", "roles": [ { "name", "description", "holders":
/// "Platform" | "LaTeam" | "School", "permissions": [ ... ] } ], "builtInDefaults": true }</c>. Each
/// listed role is made exactly as given; <c>builtInDefaults</c> then saves each built-in role that
/// has no definition yet with the modules' declared defaults, leaving saved roles alone. Exports
/// every definition, sorted by name, with its permissions sorted.
/// </summary>
public sealed class RolesRecipeStep(RoleCatalog catalog, DeclaredPermissions declared, TenantDbContext db) : RecipeStep<RolesStepData>
{
    public const int MaxNameLength = 100;

    public const int MaxDescriptionLength = 500;

    public override string Name => "roles";

    public override int Order => 20;

    protected override async Task ValidateAsync(RolesStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var roles = Read(data, context.AddError);
        foreach (var role in roles)
        {
            context.Declarations.Add(RecipeDeclarations.Role, role.Name);
        }

        var existing = await db.Set<RoleDefinition>().Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in roles)
        {
            // Another case of a saved role's name would be a second role to people but the same one to Identity.
            if (existing.FirstOrDefault(n => string.Equals(n, role.Name, StringComparison.OrdinalIgnoreCase) && n != role.Name) is { } clash)
            {
                context.AddError($"Role '{role.Name}': the role '{clash}' already exists with another case.");
            }
        }
    }

    protected override async Task ExecuteAsync(RolesStepData data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var role in Read(data, _ => { }))
        {
            await catalog.PutAsync(role.Name, role.Description, role.Holders, role.Permissions, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (data.BuiltInDefaults == true)
        {
            var defined = await db.Set<RoleDefinition>().Select(r => r.Name).ToListAsync(cancellationToken);
            foreach (var name in BuiltInRoles.All.Where(n => !defined.Contains(n, StringComparer.Ordinal)))
            {
                await catalog.PutAsync(name, BuiltInRoleDescriptions.For(name), BuiltInRoleHolders.For(name), declared.DefaultsFor(name), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    protected override async Task<IReadOnlyList<RolesStepData>> ExportAsync(CancellationToken cancellationToken)
    {
        var definitions = await catalog.DefinitionsAsync(cancellationToken);
        if (definitions.Count == 0)
        {
            return [];
        }

        var roles = definitions.Select(d => new RoleData
        {
            Name = d.Definition.Name,
            Description = d.Definition.Description,
            Holders = d.Definition.Holders.ToString(),
            // A permission no module declares any more would only make the import fail.
            Permissions = [.. d.Permissions.Where(declared.IsDeclared)],
        });
        return [new RolesStepData { Roles = [.. roles] }];
    }

    /// <summary>The step's roles, each good one once; each problem goes to <paramref name="report"/>.</summary>
    private List<RecipeRole> Read(RolesStepData data, Action<string> report)
    {
        var roles = new List<RecipeRole>();
        if (data.Roles is null)
        {
            if (data.BuiltInDefaults is null)
            {
                report("Give 'roles', 'builtInDefaults' or both.");
            }

            return roles;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var role in data.Roles)
        {
            position++;
            var name = role.Name.Trim();
            if (name.Length == 0)
            {
                report($"Role {position} must be an object with a 'name'.");
                continue;
            }

            var problems = new List<string>();
            if (name.Length > MaxNameLength)
            {
                problems.Add($"the name must be {MaxNameLength} characters or fewer");
            }

            if (!seen.Add(name))
            {
                problems.Add("it is given twice");
            }

            if (role.Description.Length > MaxDescriptionLength)
            {
                problems.Add($"'description' must be text of {MaxDescriptionLength} characters or fewer");
            }

            var holders = Enum.TryParse<RoleHolders>(role.Holders, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(role.Holders, out _)
                ? parsed
                : (RoleHolders?)null;
            if (holders is null)
            {
                problems.Add("'holders' must be Platform, LaTeam or School");
            }

            foreach (var unknown in role.Permissions.Where(p => !declared.IsDeclared(p)))
            {
                problems.Add($"no module declares the permission '{unknown}'");
            }

            var permissions = role.Permissions.Where(declared.IsDeclared).ToList();
            if (holders is { } roleHolders)
            {
                foreach (var permissionName in permissions.Where(p => !PermissionScopes.Allows(roleHolders, declared.ScopeOf(p))))
                {
                    problems.Add($"a role for {PermissionScopes.HeldBy(roleHolders)} cannot hold '{permissionName}', which is for {PermissionScopes.WhoFor(declared.ScopeOf(permissionName))} only");
                }
            }

            foreach (var problem in problems)
            {
                report($"Role '{name}': {problem}.");
            }

            if (problems.Count == 0)
            {
                roles.Add(new RecipeRole(name, role.Description, holders!.Value, permissions));
            }
        }

        return roles;
    }

    private sealed record RecipeRole(string Name, string Description, RoleHolders Holders, IReadOnlyList<string> Permissions);
}
