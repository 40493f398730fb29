using Perspective.Core.Security;

namespace Perspective.Core.Navigation;

/// <summary>One admin-menu entry: its text, the path it links to, and the permission needed to see it.</summary>
/// <param name="DefaultTenantOnly">Shown only in the default tenant (platform administration).</param>
/// <param name="AlsoRequires">Other modules that must be enabled too: set for an integration's entries.</param>
public sealed record MenuItem(
    string Text, string Path, Permission? Permission, string ModuleName, int Position, bool DefaultTenantOnly = false, IReadOnlyList<string>? AlsoRequires = null);
