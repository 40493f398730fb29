using System.Diagnostics.CodeAnalysis;

namespace Perspective.Core.Security;

/// <summary>A named right a module checks, e.g. <c>ViewAuditTrail</c>.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Permission is the domain's own word.")]
public sealed record Permission(string Name, string Description)
{
    /// <summary>The authorization policy name for this permission, usable in <c>[Authorize(Policy = ...)]</c>.</summary>
    public string Policy => PermissionPolicy.Prefix + Name;
}

/// <summary>
/// A permission as a module declares it: which built-in roles hold it until an LA admin says
/// otherwise, and whose roles may ever hold it.
/// </summary>
public sealed record PermissionDeclaration(Permission Permission, IReadOnlyList<string> DefaultRoles, PermissionScope Scope = PermissionScope.LaStaff);

/// <summary>
/// Whose roles may hold a permission. Secure by default: a permission is for LA staff unless its
/// module says schools may hold it, so an admin cannot give a school role, say, every school's
/// accounts by ticking the wrong box.
/// </summary>
public enum PermissionScope
{
    /// <summary>Only the platform's administrators (tenants, the deployment).</summary>
    Platform,

    /// <summary>LA staff and platform administrators.</summary>
    LaStaff,

    /// <summary>Anyone, school roles included: it acts on one's own organisation only.</summary>
    Schools,
}
