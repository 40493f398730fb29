using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Perspective.Core.Recipes;

/// <summary>
/// Binds a step's JSON to its typed record, and writes a record back as a step. One set of
/// options for both: property names as the recipes spell them (camelCase, case-sensitive), unknown
/// properties refused, <c>required</c> members and nullable annotations enforced, numbers only as
/// JSON numbers.
/// </summary>
public static class RecipeStepData
{
    /// <summary>The options steps are read and exported with.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// The step's data as <typeparamref name="TData"/>, or null when it does not bind; then each
    /// problem has been passed to <paramref name="report"/> as <c>path: problem</c>, e.g.
    /// <c>steps[3].roles[1].permissions: 'permissions' must be a list of permission names.</c>
    /// Positions count from 1, as step numbers do.
    /// </summary>
    public static TData? Bind<TData>(JsonObject step, int index, Action<string> report)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(report);
        var data = new JsonObject();
        foreach (var (key, value) in step.Where(p => p.Key != "name"))
        {
            data[key] = value?.DeepClone();
        }

        var root = $"steps[{index}]";
        var problems = new List<string>();
        new RecipeDataChecker(Options, problems).CheckObject(data, typeof(TData), root);
        if (problems.Count == 0)
        {
            try
            {
                return data.Deserialize<TData>(Options) ?? throw new JsonException("The step has no data.");
            }
            catch (JsonException exception)
            {
                // The checker mirrors the serializer's rules; this is only for a converter's own refusal.
                problems.Add($"{root}{exception.Path?.TrimStart('$')}: this value cannot be read ({exception.Message})");
            }
        }

        foreach (var problem in problems)
        {
            report(problem.EndsWith('.') ? problem : problem + ".");
        }

        return null;
    }

    /// <summary>A step named <paramref name="name"/> holding <paramref name="data"/>, the name first.</summary>
    public static JsonObject Write<TData>(string name, TData data)
        where TData : class
    {
        var written = JsonSerializer.SerializeToNode(data, Options)!.AsObject();
        var step = new JsonObject { ["name"] = name };
        foreach (var (key, value) in written.ToList())
        {
            written.Remove(key);
            step[key] = value;
        }

        return step;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
