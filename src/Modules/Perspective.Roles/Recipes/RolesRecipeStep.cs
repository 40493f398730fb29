using System.Text.Json;
using System.Text.Json.Nodes;
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
public sealed class RolesRecipeStep(RoleCatalog catalog, DeclaredPermissions declared, TenantDbContext db) : IRecipeStep, IRecipeExportSource
{
    public const int MaxNameLength = 100;

    public const int MaxDescriptionLength = 500;

    public string Name => "roles";

    public int Order => 20;

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Data["builtInDefaults"] is { } flag && flag.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            context.AddError("'builtInDefaults' must be true or false.");
        }

        var roles = Read(context, report: true);
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

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var role in Read(context, report: false))
        {
            await catalog.PutAsync(role.Name, role.Description, role.Holders, role.Permissions, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (context.Data["builtInDefaults"] is { } flag && flag.GetValueKind() == JsonValueKind.True)
        {
            var defined = await db.Set<RoleDefinition>().Select(r => r.Name).ToListAsync(cancellationToken);
            foreach (var name in BuiltInRoles.All.Where(n => !defined.Contains(n, StringComparer.Ordinal)))
            {
                await catalog.PutAsync(name, BuiltInRoleDescriptions.For(name), BuiltInRoleHolders.For(name), declared.DefaultsFor(name), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        var definitions = await catalog.DefinitionsAsync(cancellationToken);
        if (definitions.Count == 0)
        {
            return [];
        }

        var roles = new JsonArray();
        foreach (var (definition, permissions) in definitions)
        {
            roles.Add(new JsonObject
            {
                ["name"] = definition.Name,
                ["description"] = definition.Description,
                ["holders"] = definition.Holders.ToString(),
                // A permission no module declares any more would only make the import fail.
                ["permissions"] = new JsonArray(permissions.Where(declared.IsDeclared).Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
            });
        }

        return [new JsonObject { ["name"] = Name, ["roles"] = roles }];
    }

    /// <summary>The step's roles, each good one once; problems are reported when <paramref name="report"/> says so.</summary>
    private List<RecipeRole> Read(RecipeStepContext context, bool report)
    {
        var roles = new List<RecipeRole>();
        var node = context.Data["roles"];
        if (node is null)
        {
            if (context.Data["builtInDefaults"] is null)
            {
                Report("Give 'roles', 'builtInDefaults' or both.");
            }

            return roles;
        }

        if (node is not JsonArray array)
        {
            Report("'roles' must be an array of roles.");
            return roles;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var item in array)
        {
            position++;
            if (item is not JsonObject role || Text(role, "name") is not { } name || name.Trim().Length == 0)
            {
                Report($"Role {position} must be an object with a 'name'.");
                continue;
            }

            name = name.Trim();
            var problems = new List<string>();
            if (name.Length > MaxNameLength)
            {
                problems.Add($"the name must be {MaxNameLength} characters or fewer");
            }

            if (!seen.Add(name))
            {
                problems.Add("it is given twice");
            }

            var description = role["description"] is null ? "" : Text(role, "description");
            if (description is null || description.Length > MaxDescriptionLength)
            {
                problems.Add($"'description' must be text of {MaxDescriptionLength} characters or fewer");
            }

            var holders = Text(role, "holders") is { } h && Enum.TryParse<RoleHolders>(h, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(h, out _)
                ? parsed
                : (RoleHolders?)null;
            if (holders is null)
            {
                problems.Add("'holders' must be Platform, LaTeam or School");
            }

            var permissions = new List<string>();
            if (role["permissions"] is not JsonArray given)
            {
                problems.Add("'permissions' must be an array of permission names");
            }
            else
            {
                foreach (var permission in given)
                {
                    if (permission is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is var permissionName && declared.IsDeclared(permissionName))
                    {
                        permissions.Add(permissionName);
                    }
                    else
                    {
                        problems.Add($"no module declares the permission '{permission?.ToJsonString().Trim('"')}'");
                    }
                }
            }

            if (holders is { } roleHolders)
            {
                foreach (var permissionName in permissions.Where(p => !PermissionScopes.Allows(roleHolders, declared.ScopeOf(p))))
                {
                    problems.Add($"a role for {PermissionScopes.HeldBy(roleHolders)} cannot hold '{permissionName}', which is for {PermissionScopes.WhoFor(declared.ScopeOf(permissionName))} only");
                }
            }

            foreach (var problem in problems)
            {
                Report($"Role '{name}': {problem}.");
            }

            if (problems.Count == 0)
            {
                roles.Add(new RecipeRole(name, description!, holders!.Value, permissions));
            }
        }

        return roles;

        void Report(string message)
        {
            if (report)
            {
                context.AddError(message);
            }
        }
    }

    private static string? Text(JsonObject role, string name) =>
        role[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private sealed record RecipeRole(string Name, string Description, RoleHolders Holders, IReadOnlyList<string> Permissions);
}
