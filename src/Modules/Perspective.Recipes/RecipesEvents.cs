using Perspective.Core.Events;

namespace Perspective.Recipes;

/// <summary>The events the recipes module publishes, each audited.</summary>
public static class RecipesEvents
{
    public static readonly AuditKind Exported = new("recipes.exported", "An administrator exported the site's configuration as a recipe");

    public static IReadOnlyList<EventDescriptor> All { get; } = EventDescriptor.AllIn(typeof(RecipesEvents));
}
