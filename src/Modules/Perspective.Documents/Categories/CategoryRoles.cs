using Perspective.Core.Accounts;
using Perspective.Core.Security;

namespace Perspective.Documents.Categories;

/// <summary>
/// The role names a category may name: the tenant's roles, the built-in ones (which a fresh tenant
/// may not have saved yet) and any Identity role. A name holding a comma is never one of them,
/// because the category stores its roles comma-separated.
/// </summary>
public sealed class CategoryRoles(IAssignableRoles roles, IUserDirectory people)
{
    /// <summary>The roles the pages offer, in the roles module's order.</summary>
    public async Task<IReadOnlyList<AssignableRole>> ChoicesAsync(CancellationToken cancellationToken) =>
        [.. (await roles.ListAsync(cancellationToken)).Where(r => !r.Name.Contains(',', StringComparison.Ordinal))];

    public async Task<HashSet<string>> KnownAsync(CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(BuiltInRoles.All, StringComparer.Ordinal);
        known.UnionWith((await roles.ListAsync(cancellationToken)).Select(r => r.Name));
        known.UnionWith(await people.RoleNamesAsync(cancellationToken));
        known.RemoveWhere(n => n.Contains(',', StringComparison.Ordinal));
        return known;
    }
}
