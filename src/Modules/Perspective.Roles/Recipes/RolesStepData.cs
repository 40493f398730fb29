using Perspective.Core.Recipes;

namespace Perspective.Roles.Recipes;

/// <summary>The <c>roles</c> step's data: roles to define, and whether to define the built-in ones with their defaults.</summary>
public sealed record RolesStepData
{
    [RecipeValue("a list of roles")]
    public IReadOnlyList<RoleData>? Roles { get; init; }

    public bool? BuiltInDefaults { get; init; }
}

/// <summary>One role of the <c>roles</c> step.</summary>
public sealed record RoleData
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    [RecipeValue("Platform, LaTeam or School")]
    public required string Holders { get; init; }

    [RecipeValue("a list of permission names")]
    public required IReadOnlyList<string> Permissions { get; init; }
}
