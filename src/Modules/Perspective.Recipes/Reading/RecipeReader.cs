using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Perspective.Recipes;

/// <summary>
/// Reads a recipe's JSON and checks its shape: the top-level fields and that every step is an
/// object with a string name. Every problem is collected; nothing is thrown for a bad recipe.
/// </summary>
internal static partial class RecipeReader
{
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        // Hand-written files: comments and a trailing comma are harmless; a repeated property is ambiguous.
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads <paramref name="utf8Json"/>. The document is null only when the JSON does not parse or is not an object.</summary>
    public static RecipeDocument? Read(ReadOnlyMemory<byte> utf8Json, List<string> errors)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json.Span, nodeOptions: null, ParseOptions);
        }
        catch (JsonException exception)
        {
            errors.Add(DescribeJsonError(exception));
            return null;
        }

        if (root is not JsonObject recipe)
        {
            errors.Add("The recipe must be a JSON object, starting with '{'.");
            return null;
        }

        var info = new RecipeInfo(
            ReadName(recipe, errors),
            ReadOptionalString(recipe, "displayName", errors),
            ReadOptionalString(recipe, "description", errors),
            ReadOptionalString(recipe, "author", errors),
            ReadOptionalString(recipe, "version", errors),
            ReadIsSetupRecipe(recipe, errors),
            ReadTags(recipe, errors),
            ReadVariables(recipe, errors));
        return new RecipeDocument(info, ReadSteps(recipe, errors));
    }

    /// <summary>Line and column from 1, as an editor shows them; System.Text.Json counts from 0.</summary>
    private static string DescribeJsonError(JsonException exception)
    {
        var message = exception.Message;
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        message = message.Trim();
        return exception.LineNumber is { } line && exception.BytePositionInLine is { } column
            ? $"The recipe is not valid JSON: line {line + 1}, column {column + 1}: {message}"
            : $"The recipe is not valid JSON: {message}";
    }

    private static string ReadName(JsonObject recipe, List<string> errors)
    {
        if (!recipe.TryGetPropertyValue("name", out var node) || node is null)
        {
            errors.Add("The recipe has no name: add a \"name\" such as \"my-recipe\".");
            return "";
        }

        if (!TryGetString(node, out var name))
        {
            errors.Add("The recipe's name must be a string.");
            return "";
        }

        if (!SlugPattern().IsMatch(name))
        {
            errors.Add($"The recipe's name '{name}' must use only lower-case letters, digits and hyphens, like \"my-recipe\".");
        }

        return name;
    }

    private static string? ReadOptionalString(JsonObject recipe, string property, List<string> errors)
    {
        if (!recipe.TryGetPropertyValue(property, out var node) || node is null)
        {
            return null;
        }

        if (TryGetString(node, out var value))
        {
            return value;
        }

        errors.Add($"The recipe's {property} must be a string.");
        return null;
    }

    private static bool ReadIsSetupRecipe(JsonObject recipe, List<string> errors)
    {
        if (!recipe.TryGetPropertyValue("isSetupRecipe", out var node) || node is null)
        {
            return false;
        }

        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return node.GetValue<bool>();
        }

        errors.Add("The recipe's isSetupRecipe must be true or false.");
        return false;
    }

    private static List<string> ReadTags(JsonObject recipe, List<string> errors)
    {
        var tags = new List<string>();
        if (!recipe.TryGetPropertyValue("tags", out var node) || node is null)
        {
            return tags;
        }

        if (node is not JsonArray array)
        {
            errors.Add("The recipe's tags must be an array of strings.");
            return tags;
        }

        foreach (var item in array)
        {
            if (item is not null && TryGetString(item, out var tag))
            {
                tags.Add(tag);
            }
            else
            {
                errors.Add("The recipe's tags must be an array of strings.");
                break;
            }
        }

        return tags;
    }

    private static Dictionary<string, string> ReadVariables(JsonObject recipe, List<string> errors)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!recipe.TryGetPropertyValue("variables", out var node) || node is null)
        {
            return variables;
        }

        if (node is not JsonObject entries)
        {
            errors.Add("The recipe's variables must be an object of names and string values.");
            return variables;
        }

        foreach (var (name, value) in entries)
        {
            if (!RecipeVariables.IsValidName(name))
            {
                errors.Add($"Variable '{name}': a variable's name must start with a letter and use only letters, digits and underscores.");
            }
            else if (value is not null && TryGetString(value, out var text))
            {
                variables[name] = text;
            }
            else
            {
                errors.Add($"Variable '{name}' must have a string value.");
            }
        }

        return variables;
    }

    private static List<RecipeStepEntry> ReadSteps(JsonObject recipe, List<string> errors)
    {
        var steps = new List<RecipeStepEntry>();
        if (!recipe.TryGetPropertyValue("steps", out var node) || node is null)
        {
            errors.Add("The recipe has no steps: add a \"steps\" array.");
            return steps;
        }

        if (node is not JsonArray array)
        {
            errors.Add("The recipe's steps must be an array.");
            return steps;
        }

        for (var i = 0; i < array.Count; i++)
        {
            steps.Add(ReadStep(i + 1, array[i], errors));
        }

        return steps;
    }

    private static RecipeStepEntry ReadStep(int index, JsonNode? node, List<string> errors)
    {
        if (node is not JsonObject step)
        {
            errors.Add($"Step {index}: a step must be a JSON object.");
            return new RecipeStepEntry(index, null, null);
        }

        if (!step.TryGetPropertyValue("name", out var nameNode) || nameNode is null)
        {
            errors.Add($"Step {index}: the step has no name.");
            return new RecipeStepEntry(index, null, null);
        }

        if (!TryGetString(nameNode, out var name) || name.Length == 0)
        {
            errors.Add($"Step {index}: the step's name must be a non-empty string.");
            return new RecipeStepEntry(index, null, null);
        }

        return new RecipeStepEntry(index, name, step);
    }

    private static bool TryGetString(JsonNode node, out string value)
    {
        if (node.GetValueKind() == JsonValueKind.String)
        {
            value = node.GetValue<string>();
            return true;
        }

        value = "";
        return false;
    }

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
