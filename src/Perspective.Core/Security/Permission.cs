using System.Diagnostics.CodeAnalysis;

namespace Perspective.Core.Security;

/// <summary>A named right a module checks, e.g. <c>ViewAuditTrail</c>.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Permission is the domain's own word.")]
public sealed record Permission(string Name, string Description)
{
    /// <summary>The authorization policy name for this permission, usable in <c>[Authorize(Policy = ...)]</c>.</summary>
    public string Policy => PermissionPolicy.Prefix + Name;
}

/// <summary>A permission as a module declares it: which built-in roles hold it until an LA admin says otherwise.</summary>
public sealed record PermissionDeclaration(Permission Permission, IReadOnlyList<string> DefaultRoles);
