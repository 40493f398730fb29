using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perspective.Core.Data;
using Perspective.Core.Security;
using Perspective.Roles.Data;

namespace Perspective.Roles.Definitions;

/// <summary>
/// Reads and changes the tenant's roles. Changes are added to the unit of work; callers record the
/// audit event and save, so a role and its audit event commit together. Every definition keeps an
/// Identity role of the same name, which is what users hold.
/// </summary>
public sealed class RoleCatalog(TenantDbContext db, DeclaredPermissions declared, ILookupNormalizer normalizer, TimeProvider time)
{
    /// <summary>Every role: the built-in ones first in their usual order, then the LA's own by name.</summary>
    public async Task<IReadOnlyList<RoleSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var definitions = await db.Set<RoleDefinition>().AsNoTracking().ToListAsync(cancellationToken);
        var grants = (await db.Set<RoleGrant>().AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(g => g.RoleName, g => g.Permission, StringComparer.Ordinal);
        var byName = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);

        var roles = new List<RoleSummary>();
        foreach (var name in BuiltInRoles.All)
        {
            roles.Add(byName.TryGetValue(name, out var saved)
                ? Summary(saved, grants[name])
                : new RoleSummary(name, BuiltInRoleDescriptions.For(name), BuiltInRoleHolders.For(name), IsBuiltIn: true, IsDefined: false, declared.DefaultsFor(name).ToHashSet(StringComparer.Ordinal)));
        }

        roles.AddRange(definitions
            .Where(d => !BuiltInRoleHolders.IsBuiltIn(d.Name))
            .OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .Select(d => Summary(d, grants[d.Name])));
        return roles;
    }

    public async Task<RoleSummary?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(r => r.Name == name);

    /// <summary>Whether the name is taken by a role of any case, or by an Identity role nobody has defined.</summary>
    public async Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken = default)
    {
        if (BuiltInRoleHolders.IsBuiltInName(name))
        {
            return true;
        }

        var normalized = normalizer.NormalizeName(name);
        var names = await db.Set<RoleDefinition>().Select(r => r.Name).ToListAsync(cancellationToken);
        return names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            || await db.Roles.AnyAsync(r => r.NormalizedName == normalized, cancellationToken);
    }

    /// <summary>Replaces a role's grants and description, saving a built-in role's definition the first time.</summary>
    public async Task<GrantChanges> SaveAsync(RoleSummary role, string description, IEnumerable<string> permissions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(role);
        var wanted = permissions.Where(declared.IsDeclared).ToHashSet(StringComparer.Ordinal);
        var definition = await db.Set<RoleDefinition>().FirstOrDefaultAsync(r => r.Name == role.Name, cancellationToken);
        if (definition is null)
        {
            definition = new RoleDefinition { Name = role.Name, Holders = role.Holders, IsBuiltIn = role.IsBuiltIn };
            db.Add(definition);
            await EnsureIdentityRoleAsync(role.Name, cancellationToken);
        }

        definition.Description = description;
        definition.UpdatedUtc = time.GetUtcNow().UtcDateTime;

        var stored = await db.Set<RoleGrant>().Where(g => g.RoleName == role.Name).ToListAsync(cancellationToken);
        db.RemoveRange(stored.Where(g => !wanted.Contains(g.Permission)));
        var storedNames = stored.Select(g => g.Permission).ToHashSet(StringComparer.Ordinal);
        db.AddRange(wanted.Where(p => !storedNames.Contains(p)).Select(p => new RoleGrant { RoleName = role.Name, Permission = p }));

        // Compared with what the role held before, which for a built-in role is its defaults.
        return new GrantChanges(
            wanted.Where(p => !role.Permissions.Contains(p)).Order(StringComparer.Ordinal).ToList(),
            role.Permissions.Where(p => !wanted.Contains(p)).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Adds a role of the LA's own, holding nothing until an admin ticks its permissions.</summary>
    public async Task CreateAsync(string name, string description, RoleHolders holders, IEnumerable<string> permissions, CancellationToken cancellationToken = default)
    {
        db.Add(new RoleDefinition { Name = name, Description = description, Holders = holders, UpdatedUtc = time.GetUtcNow().UtcDateTime });
        db.AddRange(permissions.Distinct(StringComparer.Ordinal).Select(p => new RoleGrant { RoleName = name, Permission = p }));
        await EnsureIdentityRoleAsync(name, cancellationToken);
    }

    /// <summary>Makes a role exactly as given (a recipe's); false when it already was, so nothing changes.</summary>
    public async Task<bool> PutAsync(string name, string description, RoleHolders holders, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default)
    {
        var definition = await db.Set<RoleDefinition>().FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
        if (definition is null)
        {
            db.Add(new RoleDefinition { Name = name, Description = description, Holders = holders, IsBuiltIn = BuiltInRoleHolders.IsBuiltIn(name), UpdatedUtc = time.GetUtcNow().UtcDateTime });
            db.AddRange(permissions.Distinct(StringComparer.Ordinal).Select(p => new RoleGrant { RoleName = name, Permission = p }));
            await EnsureIdentityRoleAsync(name, cancellationToken);
            return true;
        }

        var stored = await db.Set<RoleGrant>().Where(g => g.RoleName == name).ToListAsync(cancellationToken);
        var wanted = permissions.ToHashSet(StringComparer.Ordinal);
        if (definition.Description == description && definition.Holders == holders && wanted.SetEquals(stored.Select(g => g.Permission)))
        {
            return false;
        }

        definition.Description = description;
        definition.Holders = holders;
        definition.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        db.RemoveRange(stored.Where(g => !wanted.Contains(g.Permission)));
        var storedNames = stored.Select(g => g.Permission).ToHashSet(StringComparer.Ordinal);
        db.AddRange(wanted.Where(p => !storedNames.Contains(p)).Select(p => new RoleGrant { RoleName = name, Permission = p }));
        await EnsureIdentityRoleAsync(name, cancellationToken);
        return true;
    }

    /// <summary>Every saved definition with its grants, sorted by name then permission, for exports.</summary>
    public async Task<IReadOnlyList<(RoleDefinition Definition, IReadOnlyList<string> Permissions)>> DefinitionsAsync(CancellationToken cancellationToken = default)
    {
        var definitions = await db.Set<RoleDefinition>().AsNoTracking().ToListAsync(cancellationToken);
        var grants = (await db.Set<RoleGrant>().AsNoTracking().ToListAsync(cancellationToken)).ToLookup(g => g.RoleName, g => g.Permission, StringComparer.Ordinal);
        return definitions
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => (d, (IReadOnlyList<string>)grants[d.Name].Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>How many accounts hold the role.</summary>
    public Task<int> HolderCountAsync(string name, CancellationToken cancellationToken = default) =>
        (from userRole in db.UserRoles
         join identityRole in db.Roles on userRole.RoleId equals identityRole.Id
         where identityRole.Name == name
         select userRole.UserId).CountAsync(cancellationToken);

    /// <summary>Removes a custom role, its grants and its Identity role. The caller checks nobody holds it.</summary>
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        db.RemoveRange(await db.Set<RoleGrant>().Where(g => g.RoleName == name).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<RoleDefinition>().Where(r => r.Name == name).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Roles.Where(r => r.Name == name).ToListAsync(cancellationToken));
    }

    /// <summary>Adds the Identity role users will hold, in the same unit of work as the definition.</summary>
    private async Task EnsureIdentityRoleAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(name);
        if (!await db.Roles.AnyAsync(r => r.NormalizedName == normalized, cancellationToken)
            && !db.ChangeTracker.Entries<IdentityRole>().Any(e => e.Entity.NormalizedName == normalized))
        {
            db.Roles.Add(new IdentityRole(name) { NormalizedName = normalized });
        }
    }

    private static RoleSummary Summary(RoleDefinition definition, IEnumerable<string> grants) =>
        new(definition.Name, definition.Description, definition.Holders, BuiltInRoleHolders.IsBuiltIn(definition.Name), IsDefined: true, grants.ToHashSet(StringComparer.Ordinal));
}
