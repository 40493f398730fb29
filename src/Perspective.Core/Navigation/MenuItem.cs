using Perspective.Core.Security;

namespace Perspective.Core.Navigation;

/// <summary>One admin-menu entry: its text, the path it links to, and the permission needed to see it.</summary>
public sealed record MenuItem(string Text, string Path, Permission? Permission, string ModuleName, int Position);
