using Perspective.Roles.Data;

namespace Perspective.Roles.Definitions;

/// <summary>
/// A role as LA admins see it: saved (<see cref="IsDefined"/>), or a built-in role still holding
/// the declared defaults.
/// </summary>
public sealed record RoleSummary(
    string Name,
    string Description,
    RoleHolders Holders,
    bool IsBuiltIn,
    bool IsDefined,
    IReadOnlySet<string> Permissions);

/// <summary>What a save changed, for the audit trail.</summary>
public sealed record GrantChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public bool Any => Added.Count > 0 || Removed.Count > 0;

    public string Describe() =>
        $"Added: {(Added.Count == 0 ? "none" : string.Join(", ", Added))}. Removed: {(Removed.Count == 0 ? "none" : string.Join(", ", Removed))}.";
}
