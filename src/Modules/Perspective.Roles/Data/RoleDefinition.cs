namespace Perspective.Roles.Data;

/// <summary>
/// A role as the LA has set it up. A built-in role without a definition holds the modules' default
/// permissions; once an admin saves it, its stored grants are the whole truth.
/// </summary>
public sealed class RoleDefinition
{
    /// <summary>The role's name, as users hold it (Identity's role name).</summary>
    public required string Name { get; init; }

    public string Description { get; set; } = "";

    /// <summary>Which organisations' users may hold it.</summary>
    public required RoleHolders Holders { get; set; }

    public bool IsBuiltIn { get; init; }

    public DateTime UpdatedUtc { get; set; }
}

public enum RoleHolders
{
    /// <summary>Only the default tenant's platform administrators.</summary>
    Platform,
    LaTeam,
    School,
}

/// <summary>One permission one role holds.</summary>
public sealed class RoleGrant
{
    public required string RoleName { get; init; }

    public required string Permission { get; init; }
}
