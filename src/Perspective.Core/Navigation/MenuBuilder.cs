using Perspective.Core.Security;

namespace Perspective.Core.Navigation;

/// <summary>
/// Collects a module's admin-menu entries; the host tags each with the module that added it and,
/// for an integration, the other modules it needs.
/// </summary>
public sealed class MenuBuilder(string moduleName, IReadOnlyList<string>? alsoRequires = null)
{
    private readonly List<MenuItem> _items = [];

    public IReadOnlyList<MenuItem> Items => _items;

    /// <summary>Adds an entry linking to <paramref name="path"/> (relative to the tenant, e.g. <c>/admin/audit</c>).</summary>
    public MenuBuilder Add(string text, string path, Permission? permission = null, int position = 100, bool defaultTenantOnly = false)
    {
        _items.Add(new MenuItem(text, path, permission, moduleName, position, defaultTenantOnly, alsoRequires ?? []));
        return this;
    }
}
