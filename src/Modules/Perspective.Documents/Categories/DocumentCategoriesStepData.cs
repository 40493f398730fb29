using Perspective.Core.Recipes;

namespace Perspective.Documents.Categories;

/// <summary>The <c>documentCategories</c> step's data.</summary>
public sealed record DocumentCategoriesStepData
{
    [RecipeValue("a list of categories")]
    public required IReadOnlyList<CategoryData> Categories { get; init; }
}

/// <summary>One category of the <c>documentCategories</c> step, as the admin screen would save it.</summary>
public sealed record CategoryData
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    [RecipeValue("a list of role names")]
    public required IReadOnlyList<string> Senders { get; init; }

    [RecipeValue("a list of role names")]
    public required IReadOnlyList<string> Recipients { get; init; }

    public bool RequiresTwoFactor { get; init; }

    /// <summary>Null, or absent, keeps documents until someone deletes them.</summary>
    [RecipeValue("a whole number of days, or null to keep documents until deleted")]
    public int? RetentionDays { get; init; }

    [RecipeValue("a list of file types, such as \"pdf\"")]
    public required IReadOnlyList<string> FileTypes { get; init; }

    [RecipeValue("a whole number of megabytes")]
    public required int MaxSizeMB { get; init; }
}
