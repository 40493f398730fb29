using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Perspective.Recipes;

/// <summary>
/// Plain <c>{{ name }}</c> substitution in every string value of a step except its <c>name</c>.
/// No expressions, filters or nesting: a placeholder names a variable and is replaced by its value,
/// once. <c>{{{{</c> stands for a literal <c>{{</c>, so a step can carry a Liquid template; exports
/// write it that way.
/// </summary>
internal static partial class RecipeVariables
{
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>
    /// A copy of <paramref name="step"/> with its placeholders replaced from <paramref name="values"/>.
    /// Each unknown or unclosed placeholder adds a problem; the placeholder is then left as written.
    /// </summary>
    public static JsonObject Substitute(JsonObject step, IReadOnlyDictionary<string, string> values, List<string> problems) =>
        (JsonObject)Rewrite(step, isStep: true, text => Replace(text, values, problems))!;

    /// <summary>A copy of <paramref name="step"/> in which every literal <c>{{</c> is written <c>{{{{</c>, so that substitution gives it back.</summary>
    public static JsonObject Escape(JsonObject step) =>
        (JsonObject)Rewrite(step, isStep: true, text => text.Replace("{{", "{{{{", StringComparison.Ordinal))!;

    private static JsonNode? Rewrite(JsonNode? node, bool isStep, Func<string, string> rewrite)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    // The step's own name says which handler runs it; it is never substituted.
                    copy[key] = isStep && key == "name" ? value?.DeepClone() : Rewrite(value, isStep: false, rewrite);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(Rewrite(item, isStep: false, rewrite));
                }

                return items;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(rewrite(value.GetValue<string>()));
            default:
                return node?.DeepClone();
        }
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> values, List<string> problems) =>
        PlaceholderPattern().Replace(text, match =>
        {
            if (match.Value == "{{{{")
            {
                return "{{";
            }

            if (!match.Groups["name"].Success)
            {
                AddOnce(problems, "'{{' has no closing '}}' (write '{{{{' for a literal '{{')");
                return match.Value;
            }

            var name = match.Groups["name"].Value.Trim();
            if (values.TryGetValue(name, out var replacement))
            {
                return replacement;
            }

            AddOnce(problems, $"unknown variable '{name}' in \"{match.Value}\"");
            return match.Value;
        });

    private static void AddOnce(List<string> problems, string problem)
    {
        if (!problems.Contains(problem, StringComparer.Ordinal))
        {
            problems.Add(problem);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    // Alternatives in order: an escaped '{{', a placeholder, then a '{{' that never closes.
    [GeneratedRegex(@"\{\{\{\{|\{\{(?<name>.*?)\}\}|\{\{", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex PlaceholderPattern();
}
