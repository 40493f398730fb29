using System.Text.Json.Nodes;

namespace Perspective.Recipes;

/// <summary>A recipe as read from its JSON: its fields and its steps, not yet checked by their handlers.</summary>
internal sealed record RecipeDocument(RecipeInfo Info, IReadOnlyList<RecipeStepEntry> Steps);

/// <summary>
/// One entry of the <c>steps</c> array, numbered from 1. <see cref="Name"/> and <see cref="Data"/>
/// are null when the entry is not an object or has no string name (the reader has said so).
/// </summary>
internal sealed record RecipeStepEntry(int Index, string? Name, JsonObject? Data)
{
    /// <summary>How messages name the step: <c>Step 2 (features)</c>, or <c>Step 2</c> when it has no name.</summary>
    public string Label => Name is null ? $"Step {Index}" : $"Step {Index} ({Name})";
}
