namespace Perspective.Core.Recipes;

/// <summary>
/// Says in plain English what a property of a step's data holds, for binding errors:
/// <c>[RecipeValue("a list of permission names")]</c> gives "'permissions' must be a list of
/// permission names". Without it the kernel describes the property's type ("text", "a whole number").
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RecipeValueAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
