using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Perspective.Core.Recipes;

/// <summary>
/// Walks a step's JSON beside the serializer's contract for its record and collects every problem
/// in plain English, with its path: the serializer itself stops at the first and words it for
/// programmers.
/// </summary>
internal sealed class RecipeDataChecker(JsonSerializerOptions options, List<string> problems)
{
    public void CheckObject(JsonObject data, Type type, string path)
    {
        var contract = options.GetTypeInfo(type);
        var properties = contract.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (key, value) in data)
        {
            if (properties.TryGetValue(key, out var property))
            {
                Check(value, property.PropertyType, Join(path, key), key, Describe(property), property.IsSetNullable);
            }
            else
            {
                problems.Add($"{Join(path, key)}: '{key}' is not a recognised property");
            }
        }

        foreach (var missing in contract.Properties.Where(p => p.IsRequired && !data.ContainsKey(p.Name)))
        {
            problems.Add($"{Join(path, missing.Name)}: '{missing.Name}' is missing; it must be {Describe(missing)}");
        }
    }

    private void Check(JsonNode? node, Type type, string path, string name, string description, bool nullable)
    {
        if (node is null)
        {
            if (!nullable)
            {
                problems.Add($"{path}: '{name}' must be {description}, not null");
            }

            return;
        }

        var valueType = Nullable.GetUnderlyingType(type) ?? type;
        var contract = options.GetTypeInfo(valueType);
        switch (contract.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject item:
                CheckObject(item, valueType, path);
                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array:
                CheckItems(array, contract.ElementType!, path, name, description);
                break;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map:
                foreach (var (key, value) in map)
                {
                    Check(value, contract.ElementType!, Join(path, key), key, DescribeType(contract.ElementType!), nullable: false);
                }

                break;
            case JsonTypeInfoKind.None when Fits(node, valueType):
                break;
            default:
                problems.Add($"{path}: '{name}' must be {description}");
                break;
        }
    }

    /// <summary>Items that are objects are checked one by one; a list of plain values is reported once, as a whole.</summary>
    private void CheckItems(JsonArray array, Type itemType, string path, string name, string description)
    {
        var itemContract = options.GetTypeInfo(itemType);
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i + 1}]";
            if (itemContract.Kind == JsonTypeInfoKind.Object)
            {
                if (array[i] is JsonObject item)
                {
                    CheckObject(item, itemType, itemPath);
                }
                else
                {
                    problems.Add($"{itemPath}: each item of '{name}' must be an object");
                }
            }
            else if (array[i] is null || itemContract.Kind != JsonTypeInfoKind.None || !Fits(array[i]!, itemType))
            {
                problems.Add($"{itemPath}: '{name}' must be {description}");
                return;
            }
        }
    }

    private static bool Fits(JsonNode node, Type type)
    {
        if (node is not JsonValue value)
        {
            return false;
        }

        var kind = value.GetValueKind();
        return type switch
        {
            _ when type == typeof(string) => kind == JsonValueKind.String,
            _ when type == typeof(bool) => kind is JsonValueKind.True or JsonValueKind.False,
            _ when type == typeof(int) => kind == JsonValueKind.Number && value.TryGetValue<int>(out _),
            _ when type == typeof(long) => kind == JsonValueKind.Number && value.TryGetValue<long>(out _),
            _ when type == typeof(decimal) || type == typeof(double) => kind == JsonValueKind.Number,
            _ when type == typeof(NumberOrText) => kind is JsonValueKind.Number or JsonValueKind.String,
            _ => true,
        };
    }

    private static string Describe(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(RecipeValueAttribute), inherit: false).OfType<RecipeValueAttribute>().FirstOrDefault()?.Description
            ?? DescribeType(property.PropertyType);

    private static string DescribeType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type == typeof(NumberOrText))
        {
            return "a number or text";
        }

        if (type == typeof(decimal) || type == typeof(double))
        {
            return "a number";
        }

        var dictionary = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        if (dictionary is not null)
        {
            return $"an object of names and {Plural(dictionary.GetGenericArguments()[1])}";
        }

        var list = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return list is not null ? $"a list of {Plural(list.GetGenericArguments()[0])}" : "an object";
    }

    private static string Plural(Type item) => DescribeType(item) switch
    {
        "text" => "text values",
        "true or false" => "true or false values",
        "an object" => "objects",
        var other => other.StartsWith("a ", StringComparison.Ordinal) ? other[2..] + "s" : other,
    };

    /// <summary>A property's path: <c>.name</c>, or <c>['site.name']</c> when the name is not a plain word.</summary>
    private static string Join(string path, string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{path}.{key}"
            : $"{path}['{key.Replace("'", "\\'", StringComparison.Ordinal)}']";
}
