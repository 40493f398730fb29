using Perspective.Core.Recipes;

namespace Perspective.Noticeboard.Recipes;

/// <summary>The <c>noticeboard</c> step's data: the notices to pin.</summary>
public sealed record NoticeboardStepData
{
    [RecipeValue("a list of notices, each with an id, a title and daysPinned")]
    public required IReadOnlyList<SeededNotice> Notices { get; init; }
}

/// <summary>One notice a recipe pins: <c>{ "id": "term-dates", "title": "...", "daysPinned": 30 }</c>.</summary>
public sealed record SeededNotice
{
    /// <summary>Lower-case letters, digits and hyphens; a notice with this id already pinned is left as it is.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required int DaysPinned { get; init; }
}
