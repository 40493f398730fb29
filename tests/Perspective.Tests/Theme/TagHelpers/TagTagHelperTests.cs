using Perspective.Theme.TagHelpers;
using static Perspective.Tests.Theme.TagHelperRenderer;

namespace Perspective.Tests.Theme.TagHelpers;

public sealed class TagTagHelperTests
{
    [Fact]
    public async Task Tag_WithColour_IsAStrongWithTheColourModifier()
    {
        var html = await RenderAsync(new TagTagHelper { Colour = "green" }, "govuk-tag", "Done");

        Assert.Equal("<strong class=\"govuk-tag govuk-tag--green\">Done</strong>", html);
    }

    [Fact]
    public async Task Tag_WithoutColour_HasOnlyTheBaseClass()
    {
        var html = await RenderAsync(new TagTagHelper(), "govuk-tag", "Draft");

        Assert.Equal("<strong class=\"govuk-tag\">Draft</strong>", html);
    }

    [Fact]
    public async Task Tag_HostileColour_IsEncoded()
    {
        var html = await RenderAsync(new TagTagHelper { Colour = "\"><script>" }, "govuk-tag", "Done");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-tag--&quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
