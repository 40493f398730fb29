using System.Text.Json.Serialization;
using Perspective.Core.Recipes;

namespace Perspective.Email.Templates;

/// <summary>The <c>emailTemplates</c> step's data.</summary>
public sealed record EmailTemplatesStepData
{
    [RecipeValue("a list of templates")]
    public required IReadOnlyList<TemplateData> Templates { get; init; }
}

/// <summary>One template: each body given inline or as a file beside the recipe, not both.</summary>
public sealed record TemplateData
{
    public required string Kind { get; init; }

    public required string Subject { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HtmlBody { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HtmlBodyFile { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TextBody { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TextBodyFile { get; init; }
}
