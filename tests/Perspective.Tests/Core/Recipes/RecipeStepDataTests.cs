using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Perspective.Core.Recipes;

namespace Perspective.Tests.Core.Recipes;

public sealed class RecipeStepDataTests
{
    [Fact]
    public void GoodData_Binds_WithoutTheStepsName()
    {
        var problems = new List<string>();

        var data = Bind("""{ "name": "shelf", "title": "Books", "items": [ { "code": 100001, "tags": ["a"] }, { "code": "8882001" } ], "labels": { "site.name": "North" } }""", problems);

        Assert.Empty(problems);
        Assert.NotNull(data);
        Assert.Equal("Books", data.Title);
        Assert.Equal([("100001", true), ("8882001", false)], data.Items.Select(i => (i.Code.Text, i.Code.IsNumber)));
        Assert.Equal(["a"], data.Items[0].Tags);
        Assert.Equal("North", data.Labels!["site.name"]);
    }

    [Fact]
    public void EveryProblem_IsReported_WithItsPathFromOne_AndNothingBinds()
    {
        var problems = new List<string>();

        var data = Bind("""{ "name": "shelf", "Title": "Books", "items": [ { "code": true }, 5, { "code": 1, "tags": ["a", 2] } ], "labels": { "site.name": 7 }, "count": 2.5 }""", problems, index: 3);

        Assert.Null(data);
        Assert.Equal(
            [
                "steps[3].Title: 'Title' is not a recognised property.",
                "steps[3].items[1].code: 'code' must be a number or text.",
                "steps[3].items[2]: each item of 'items' must be an object.",
                "steps[3].items[3].tags[2]: 'tags' must be a list of text values.",
                "steps[3].labels['site.name']: 'site.name' must be text.",
                "steps[3].count: 'count' must be a whole number.",
                "steps[3].title: 'title' is missing; it must be text.",
            ],
            problems);
    }

    [Fact]
    public void NullForAValueThatCannotBeNull_IsRefused_WhileANullableOneTakesIt()
    {
        var problems = new List<string>();

        var data = Bind("""{ "title": null, "items": [], "labels": null }""", problems);

        Assert.Null(data);
        Assert.Equal(["steps[1].title: 'title' must be text, not null."], problems);
    }

    [Fact]
    public void Write_PutsTheNameFirst_AndReadsBackAsTheSame()
    {
        var shelf = new Shelf { Title = "Books", Items = [new Item { Code = NumberOrText.Of(100001) }, new Item { Code = NumberOrText.Of("8882001"), Tags = ["b"] }] };

        var step = RecipeStepData.Write("shelf", shelf);
        var again = RecipeStepData.Bind<Shelf>(step, 1, problem => Assert.Fail(problem));

        Assert.Equal("""{"name":"shelf","title":"Books","items":[{"code":100001,"tags":[]},{"code":"8882001","tags":["b"]}],"count":0}""", step.ToJsonString());
        Assert.Equal(shelf.Items.Select(i => i.Code), again!.Items.Select(i => i.Code));
    }

    private static Shelf? Bind(string json, List<string> problems, int index = 1) =>
        RecipeStepData.Bind<Shelf>(JsonNode.Parse(json)!.AsObject(), index, problems.Add);

    private sealed record Shelf
    {
        public required string Title { get; init; }

        [RecipeValue("a list of items")]
        public required IReadOnlyList<Item> Items { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyDictionary<string, string>? Labels { get; init; }

        public int Count { get; init; }
    }

    private sealed record Item
    {
        public required NumberOrText Code { get; init; }

        public IReadOnlyList<string> Tags { get; init; } = [];
    }
}
