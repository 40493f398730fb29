using System.Text.Json;

namespace Perspective.Tests.Modules.Recipes;

/// <summary>Builds recipe JSON for tests: a name (or none) and steps given as JSON objects.</summary>
public static class RecipeJson
{
    public static string Build(string? name, IEnumerable<string> steps, string? variables = null)
    {
        var fields = new List<string>();
        if (name is not null)
        {
            fields.Add($"\"name\": {JsonSerializer.Serialize(name)}");
        }

        if (variables is not null)
        {
            fields.Add($"\"variables\": {variables}");
        }

        fields.Add($"\"steps\": [\n    {string.Join(",\n    ", steps)}\n  ]");
        return "{\n  " + string.Join(",\n  ", fields) + "\n}\n";
    }
}
