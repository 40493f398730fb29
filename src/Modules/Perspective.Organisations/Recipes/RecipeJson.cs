using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Perspective.Organisations.Recipes;

/// <summary>Reading the step's JSON leniently: a property of the wrong type counts as missing, and is reported as such.</summary>
internal static class RecipeJson
{
    public static string? Text(JsonObject item, string name) =>
        item[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : null;

    /// <summary>A number given as a JSON number or as text ("100001").</summary>
    public static string? NumberText(JsonObject item, string name) =>
        item[name] is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.Number => value.TryGetValue<long>(out var number) ? number.ToString(CultureInfo.InvariantCulture) : value.ToJsonString(),
                JsonValueKind.String => value.GetValue<string>().Trim(),
                _ => null,
            }
            : null;

    public static bool Has(JsonObject item, string name) => item.ContainsKey(name);

    public static bool IsNull(JsonObject item, string name) => item.ContainsKey(name) && item[name] is null;
}
