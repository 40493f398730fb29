using System.Text.Encodings.Web;
using Fluid;
using Perspective.Email.Liquid;

namespace Perspective.Tests.Modules.Email.Liquid;

public sealed class LiquidSandboxTests
{
    /// <summary>The template from issue 17, given a first value to double: 2^26 copies, 512 million characters unbounded.</summary>
    public const string DoublingTemplate = """{% assign s = "xx" %}{% for i in (1..26) %}{% assign s = s | append: s %}{% endfor %}{{ s }}""";

    private static readonly LiquidSandbox Sandbox = new(LiquidLimits.Default);

    [Fact]
    public async Task ANormalTemplate_Renders()
    {
        var text = await RenderAsync("""{% assign n = name | upcase %}{% capture c %}Dear {{ n }}{% endcapture %}{{ c }}: {% for i in (1..3) %}{{ i }}{% endfor %} {{ "a,b" | split: "," | join: "+" }}""");

        Assert.Equal("Dear HETTY: 123 a+b", text);
    }

    [Fact]
    public async Task TheIssuesDoublingTemplate_IsStopped_AtTheStringLimit()
    {
        var refused = await Assert.ThrowsAsync<LiquidLimitException>(() => RenderAsync(DoublingTemplate));

        Assert.Equal("makes a piece of text longer than 500,000 characters with the 'append' filter", refused.Message);
    }

    [Fact]
    public async Task DoublingThroughACapture_IsStopped()
    {
        var refused = await Assert.ThrowsAsync<LiquidLimitException>(() =>
            RenderAsync("""{% assign s = "xx" %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}"""));

        Assert.Equal("captures more than 500,000 characters", refused.Message);
    }

    [Fact]
    public async Task ALongLoop_IsStopped()
    {
        var refused = await Assert.ThrowsAsync<LiquidLimitException>(() =>
            RenderAsync("{% for i in (1..10000) %}{% for j in (1..10000) %}{% endfor %}{% endfor %}"));

        Assert.StartsWith("takes more than 10,000 steps", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHugeRange_IsRefused_BeforeItIsBuilt()
    {
        var refused = await Assert.ThrowsAsync<LiquidLimitException>(() => RenderAsync("{% for i in (1..2000000000) %}{% break %}{% endfor %}"));

        Assert.Equal("counts through a range of more than 10,000 numbers", refused.Message);
    }

    [Theory]
    [InlineData("""{% assign s = "aaaaaaaaaa" | append: "aaaaaaaaaa" | append: "aaaaaaaaaa" %}{% assign t = s | replace: "a", s %}{{ t | replace: "a", t }}""", "replace")]
    [InlineData("""{% assign s = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" %}{% assign l = s | split: "" %}{% assign s2 = l | join: s %}{{ l | join: s2 }}""", "join")]
    [InlineData("""{{ "now" | date: "%999999999n" }}""", "date")]
    [InlineData("""{{ "{0,999999999}" | format_string: "x" }}""", "format_string")]
    public async Task AFilterThatWouldMakeFarMoreThanItIsGiven_IsRefused_BeforeItRuns(string template, string filter)
    {
        var refused = await Assert.ThrowsAsync<LiquidLimitException>(() => RenderAsync(template));

        Assert.Equal($"makes a piece of text longer than 500,000 characters with the '{filter}' filter", refused.Message);
    }

    [Fact]
    public async Task ManyLargeValuesKeptInAList_AreStopped_ByTheTotalMade()
    {
        const string Template = """
            {% capture s %}{% for i in (1..2500) %}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}{% endcapture %}
            {% assign all = "" | split: "" %}
            {% for i in (1..100) %}{% assign one = s | append: i | split: "§" %}{% assign all = all | concat: one %}{% endfor %}
            """;

        var refused = await Assert.ThrowsAsync<LiquidLimitException>(() => RenderAsync(Template));

        Assert.Equal("makes more than 2,000,000 characters of text in all", refused.Message);
    }

    [Fact]
    public async Task OutputPastTheLimit_IsStopped()
    {
        var sandbox = new LiquidSandbox(LiquidLimits.Default with { MaxOutputLength = 100 });

        var refused = await Assert.ThrowsAsync<LiquidLimitException>(() =>
            sandbox.RenderAsync(Parse("{% for i in (1..200) %}x{% endfor %}"), new TemplateContext(sandbox.Options), HtmlEncoder.Default));

        Assert.Equal("writes more than 100 characters", refused.Message);
    }

    private static async Task<string> RenderAsync(string source)
    {
        var context = new TemplateContext(Sandbox.Options);
        context.SetValue("name", "Hetty");
        return await Sandbox.RenderAsync(Parse(source), context, NullEncoder.Default);
    }

    private static IFluidTemplate Parse(string source) => new FluidParser().Parse(source);
}
